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
import { InlinePaneWork, PaneWork, WorkerPaneWork } from './work/paneWork';
import { startPaneWorker } from './work/startWorker';

/**
 * Reading and computing run in a Web Worker (its own chunk, with the reader and the engine), so the
 * pane answers while it works; without workers they run in the page.
 */
function paneWork(): PaneWork {
  return typeof Worker !== 'undefined' ? new WorkerPaneWork(startPaneWorker) : new InlinePaneWork();
}

async function chooseHost(): Promise<PaneHost> {
  const info = typeof Office !== 'undefined' ? await Office.onReady() : { host: null };
  if (typeof Office !== 'undefined' && info.host === Office.HostType.Excel) {
    const { ExcelPaneHost } = await import(/* webpackChunkName: "excel" */ './excelHost.js');
    return new ExcelPaneHost(paneWork());
  }
  return new PreviewHost(paneWork());
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
