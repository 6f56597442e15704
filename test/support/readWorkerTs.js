// Runs the TypeScript read worker in a worker thread under tests (the CLI uses the compiled lib/xlsx/readWorker.js).
require('tsx/cjs');
require('../../src/xlsx/readWorker.ts');
