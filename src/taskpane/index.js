"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const jsx_runtime_1 = require("react/jsx-runtime");
const client_1 = require("react-dom/client");
const react_components_1 = require("@fluentui/react-components");
const App_1 = require("./App");
const previewHost_1 = require("./previewHost");
/** The reading path is loaded only when a file has to be read (and SheetJS, a chunk of its own, only for a file that needs it). */
const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ '../xlsx/xlsxSource.js');
async function chooseHost() {
    const info = typeof Office !== 'undefined' ? await Office.onReady() : { host: null };
    if (typeof Office !== 'undefined' && info.host === Office.HostType.Excel) {
        const { ExcelPaneHost } = await import(/* webpackChunkName: "excel" */ './excelHost.js');
        return new ExcelPaneHost(loadXlsx);
    }
    return new previewHost_1.PreviewHost(loadXlsx);
}
const container = document.getElementById('container');
if (container) {
    void chooseHost().then((host) => {
        document.documentElement.dataset['mode'] = host.mode;
        (0, client_1.createRoot)(container).render((0, jsx_runtime_1.jsx)(react_components_1.FluentProvider, { theme: react_components_1.webLightTheme, children: (0, jsx_runtime_1.jsx)(App_1.App, { host: host }) }));
    });
}
