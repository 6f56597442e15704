#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled from src/cli to lib/cli by `npm run build:cli` (run by `npm ci` via `prepare`).
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('zhuanbao：尚未编译命令行工具，请先运行 npm run build:cli\n');
  process.exit(2);
}
// Output piped into a program that stops reading (| head) ends the command quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
