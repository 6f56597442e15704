/**
 * 下载 Word 版: the shown outcome as a .docx, the `docx` package loaded on first use.
 */
import * as React from 'react';
import type { BuildOutcome } from '../../engine/runBuild';
import type { Settings } from '../../domain/settings';
import { docxFileName } from '../download';

/** The Word export's module, loaded on first use (the `docx` package is a chunk of its own). */
export type DocxModule = Pick<typeof import('../../docx/bulletinDocx'), 'bulletinDocx'>;

export interface DocxExport {
  exporting: boolean;
  /** Makes the Word file of the shown outcome and hands it to `download` (nothing without one). */
  exportDocx: () => void;
}

/**
 * Word export state.
 * @example const { exportDocx } = useDocxExport(outcome, builtWith, loadDocx, saveBytes, run);
 */
export function useDocxExport(
  outcome: BuildOutcome | null, builtWith: Settings | null, loadDocx: () => Promise<DocxModule>,
  download: (bytes: Uint8Array, name: string) => void, run: (action: () => Promise<string | void>) => Promise<void>,
): DocxExport {
  const [exporting, setExporting] = React.useState(false);
  const exportDocx = (): void => {
    if (!outcome || !builtWith) return;
    setExporting(true);
    void run(async () => {
      const { bulletinDocx } = await loadDocx();
      const bytes = await bulletinDocx(outcome.bulletin, { history: outcome.result.history ?? null, settings: builtWith });
      const name = docxFileName(builtWith.issue);
      download(bytes, name);
      return `已生成 Word 版：${name}。`;
    }).finally(() => setExporting(false));
  };
  return { exporting, exportDocx };
}
