/**
 * The task pane's entry: the only place that waits for office.js. Inside Excel the pane runs on the
 * office.js adapter; opened in a plain browser (no host) it runs in preview mode on the bundled
 * sample workbooks.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { PaneHost } from './host';
import { PreviewHost } from './previewHost';

/** The reading path is loaded only when a file has to be read (and SheetJS, a chunk of its own, only for a file that needs it). */
const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ '../xlsx/xlsxSource.js');

async function chooseHost(): Promise<PaneHost> {
  const info = typeof Office !== 'undefined' ? await Office.onReady() : { host: null };
  if (typeof Office !== 'undefined' && info.host === Office.HostType.Excel) {
    const { ExcelPaneHost } = await import(/* webpackChunkName: "excel" */ './excelHost.js');
    return new ExcelPaneHost(loadXlsx);
  }
  return new PreviewHost(loadXlsx);
}

const container = document.getElementById('container');
if (container) {
  void chooseHost().then((host) => {
    document.documentElement.dataset['mode'] = host.mode;
    createRoot(container).render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} />
      </FluentProvider>,
    );
  });
}
