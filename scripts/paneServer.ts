/**
 * The built task pane served on 127.0.0.1 and opened in Debian's headless Chromium: shared by the
 * e2e test (test/e2e/pane.e2e.test.ts) and the README pictures (scripts/make-pictures.ts), so the
 * pictures show exactly what the test checks.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ROOT = path.join(__dirname, '..');

const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.xml': 'application/xml', '.txt': 'text/plain' };

/**
 * Builds the pane (webpack, production, not minified, office.js served locally) into `outDir`.
 * @example await buildPane('/tmp/pane')
 */
export async function buildPane(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<import('webpack').Configuration>;
  const config = await makeConfig({ officeJs: 'local', WEBPACK_BUILD: true }, { mode: 'production' });
  config.mode = 'production';
  // Same code, not minified: keeps the one build per run quick.
  config.optimization = { ...config.optimization, minimize: false };
  config.context = ROOT;
  config.output = { ...config.output, path: outDir };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/**
 * Serves a folder on 127.0.0.1 (a free port); resolves to the server and its origin.
 * @example const { server, origin } = await servePane('/tmp/pane'); // origin 'http://127.0.0.1:41235'
 */
export function servePane(dir: string): Promise<{ server: http.Server; origin: string }> {
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
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}
