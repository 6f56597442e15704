"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * A worker thread reading workbooks for {@link readFilesInParallel}: once loaded it says it is ready,
 * then receives file paths, one at a time, and answers with the file's grids and failures (each a plain
 * Chinese message naming the file).
 * Runs only from the compiled lib/ (the CLI); nothing here is called directly.
 */
const node_worker_threads_1 = require("node:worker_threads");
const parallelRead_1 = require("./parallelRead");
const port = node_worker_threads_1.parentPort;
if (port) {
    port.on('message', (req) => {
        void (0, parallelRead_1.readFileReply)(req.index, req.file).then((reply) => port.postMessage(reply));
    });
    port.postMessage({ ready: true });
}
