/**
 * 督办清单 as Word files from the pane: one department's file, or every department's in one .zip
 * (a pane can offer one download at a time reliably). The docx module is loaded on first use.
 */
import * as React from 'react';
import { zipSync } from 'fflate';
import type { BuildOutcome } from '../../engine/runBuild';
import type { Settings } from '../../domain/settings';

/** The per-department Word module, loaded on first use (the `docx` package is a chunk of its own). */
export type SupervisionDocsModule = Pick<typeof import('../../docx/supervisionDoc'), 'supervisionDocs'>;

export const ZIP_MIME = 'application/zip';

export interface SupervisionDocs {
  busy: boolean;
  /** One department's Word file (by its name in the 督办清单). */
  downloadOne: (dept: string) => void;
  /** Every department's Word file in one .zip. */
  downloadAll: () => void;
}

/**
 * Word export of the 督办清单.
 * @example const docs = useSupervisionDocs(outcome, builtWith, loadSupervisionDocs, saveBytes, run); docs.downloadAll();
 */
export function useSupervisionDocs(
  outcome: BuildOutcome | null, builtWith: Settings | null, load: () => Promise<SupervisionDocsModule>,
  download: (bytes: Uint8Array, name: string, mime?: string) => void, run: (action: () => Promise<string | void>) => Promise<void>,
): SupervisionDocs {
  const [busy, setBusy] = React.useState(false);
  const make = (only: string | null): void => {
    if (!outcome || !builtWith) return;
    const list = (outcome.result.supervision ?? []).filter((s) => only === null || s.dept === only);
    if (!list.length) return;
    setBusy(true);
    void run(async () => {
      const { supervisionDocs } = await load();
      const docs = await supervisionDocs(list, outcome.bulletin, builtWith);
      const first = docs[0];
      if (only !== null && first) {
        download(first.bytes, first.name);
        return `已生成 Word 版督办清单：${first.name}。`;
      }
      const name = `督办清单-第${builtWith.issue}期.zip`;
      download(zipSync(Object.fromEntries(docs.map((d) => [d.name, d.bytes]))), name, ZIP_MIME);
      return `已生成 ${docs.length} 个单位的 Word 版督办清单：${name}。`;
    }).finally(() => setBusy(false));
  };
  return { busy, downloadOne: (dept) => make(dept), downloadAll: () => make(null) };
}
