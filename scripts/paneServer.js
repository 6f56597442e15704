"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHROMIUM_FLAGS = exports.CHROMIUM = void 0;
exports.buildPane = buildPane;
exports.servePane = servePane;
/**
 * The built task pane served on 127.0.0.1 and opened in Debian's headless Chromium: shared by the
 * e2e test (test/e2e/pane.e2e.test.ts) and the README pictures (scripts/make-pictures.ts), so the
 * pictures show exactly what the test checks.
 */
const fs = __importStar(require("node:fs"));
const http = __importStar(require("node:http"));
const path = __importStar(require("node:path"));
exports.CHROMIUM = '/usr/bin/chromium';
exports.CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ROOT = path.join(__dirname, '..');
const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.xml': 'application/xml', '.txt': 'text/plain' };
/**
 * Builds the pane (webpack, production, not minified, office.js served locally) into `outDir`.
 * @example await buildPane('/tmp/pane')
 */
async function buildPane(outDir) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpack = require('webpack');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
    const config = await makeConfig({ officeJs: 'local', WEBPACK_BUILD: true }, { mode: 'production' });
    config.mode = 'production';
    // Same code, not minified: keeps the one build per run quick.
    config.optimization = { ...config.optimization, minimize: false };
    config.context = ROOT;
    config.output = { ...config.output, path: outDir };
    await new Promise((resolve, reject) => {
        webpack(config, (err, stats) => {
            if (err)
                return reject(err);
            if (stats?.hasErrors())
                return reject(new Error(stats.toString({ all: false, errors: true })));
            resolve();
        });
    });
}
/**
 * Serves a folder on 127.0.0.1 (a free port); resolves to the server and its origin.
 * @example const { server, origin } = await servePane('/tmp/pane'); // origin 'http://127.0.0.1:41235'
 */
function servePane(dir) {
    const server = http.createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const file = path.join(dir, decodeURIComponent(url.pathname));
        if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
            res.writeHead(404);
            res.end();
            return;
        }
        res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream' });
        fs.createReadStream(file).pipe(res);
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}
