/* eslint-disable no-undef */
// Webpack configuration after the official Office Add-in React template: a taskpane entry and a
// commands entry, HtmlWebpackPlugin pages, assets, manifest and sample workbooks copied into dist/,
// an https dev server with office-addin-dev-certs, and the dev URL replaced by the production one.
//
//   npm run build                    production bundle (office.js from Microsoft's CDN)
//   npm run build -- --env officeJs=local    office.js served from dist/office-js (preview, e2e)
//   URL_PROD=https://addin.example.gov.cn/zhuanbao/ npm run build    host dist/ there
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');

const urlDev = 'https://localhost:3000/';
const urlProd = process.env.URL_PROD || 'https://www.contoso.com/zhuanbao/'; // CHANGE THIS to where dist/ is hosted
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

async function getHttpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (err) {
    // No certificates (e.g. a container): webpack-dev-server makes a self-signed one.
    console.warn(`office-addin-dev-certs: ${err instanceof Error ? err.message : err}; using a self-signed certificate.`);
    return {};
  }
}

/** The Content-Security-Policy of the pages. */
function csp({ dev, localOffice }) {
  const officeOrigin = localOffice ? '' : ' https://appsforoffice.microsoft.com';
  return [
    "default-src 'self'",
    `script-src 'self'${officeOrigin}`,
    // Fluent UI (Griffel) inserts style rules at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${officeOrigin}${dev ? ' wss://localhost:3000 ws://localhost:3000' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === 'development';
  const localOffice = env.officeJs === 'local' || dev;
  const officeJsSrc = localOffice ? 'office-js/office.js' : OFFICE_CDN;
  const templateParameters = { csp: csp({ dev, localOffice }), officeJsSrc };
  const config = {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      message: './src/commands/message.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      // `import('./x.js')` (node16 resolution in tsconfig.json) finds x.ts / x.tsx.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // ExcelJS ships a browser build (its package.json "browser" field); make it explicit.
      // src/xlsx/excelWorkbook.ts loads ExcelJS's Workbook alone in Node; the pane takes it from the browser build.
      alias: {
        exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js'),
        'exceljs/lib/doc/workbook$': path.resolve(__dirname, 'src/xlsx/browserWorkbook.cjs'),
      },
      fallback: { fs: false, path: false, 'node:fs': false, 'node:fs/promises': false, 'node:path': false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true } },
        },
      ],
      // exceljs.min.js is a prebuilt bundle: do not parse it for requires.
      noParse: /exceljs\.min\.js$/,
    },
    performance: { hints: false },
    plugins: [
      // SheetJS is loaded as a lazy chunk of its own in the pane: src/xlsx/sheetjsLoader.ts (a require
      // at first use, for Node) is replaced by sheetjsLoader.browser.ts (a dynamic import).
      new webpack.NormalModuleReplacementPlugin(/^\.\/sheetjsLoader$/, './sheetjsLoader.browser'),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters,
      }),
      new HtmlWebpackPlugin({
        filename: 'message.html',
        template: './src/commands/message.html',
        chunks: ['message'],
        templateParameters,
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/taskpane/help.html',
        chunks: [],
        inject: false,
        templateParameters,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'samples/2026-03/*.xlsx', to: 'samples/2026-03/[name][ext]' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform(content) {
              if (dev) return content;
              const prod = new URL(urlProd);
              return content.toString().split(urlDev).join(prod.href).split(urlDev.replace(/\/$/, '')).join(prod.origin);
            },
          },
          ...(localOffice
            ? [
              { from: 'node_modules/@microsoft/office-js/dist/office.js', to: 'office-js/office.js' },
              { from: 'node_modules/@microsoft/office-js/dist/o15apptofilemappingtable.js', to: 'office-js/o15apptofilemappingtable.js' },
              { from: 'node_modules/@microsoft/office-js/dist/en-us', to: 'office-js/en-us' },
              { from: 'node_modules/@microsoft/office-js/dist/zh-cn', to: 'office-js/zh-cn' },
            ]
            : []),
        ],
      }),
    ],
    devServer: {
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: env.WEBPACK_BUILD || options.https === false ? {} : await getHttpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: { directory: path.resolve(__dirname, 'dist') },
    },
  };
  return config;
};
