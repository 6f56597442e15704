/**
 * What the CLI prints about chasing the departments (报送情况, the departments whose figures did not
 * move, the 督办清单), and writing `--docx-dir`: one Word 督办清单 per department.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { BulletinModel } from '../domain/bulletinModel';
import { reportingSentences } from '../domain/chasingBlocks';
import { BuildResult } from '../domain/resultSchema';
import { Settings } from '../domain/settings';

/**
 * The 报送情况 lines printed after the summary: the sentences, then one line per department that
 * needs chasing, then the 督办清单 count.
 * @example chasingText(result) → '报送情况：本期应报单位 10 个，已报送 8 个，…\n  未报送  教育局\n…'
 */
export function chasingText(result: Pick<BuildResult, 'reporting' | 'supervision'>): string {
  const r = result.reporting;
  if (!r) return '';
  const [first, ...rest] = reportingSentences(r);
  const lines = [`报送情况：${r.basis === 'none' ? `本期报送单位 ${r.departments.length} 个。` : first ?? ''}`];
  if (r.basis !== 'none') lines.push(...rest.map((s) => `  ${s}`));
  else if (r.note) lines.push(`  注：${r.note}`);
  const list = result.supervision ?? [];
  if (list.length) {
    lines.push(`督办清单：${list.length} 个单位有未达到序时进度的指标（${list.map((s) => `${s.dept} ${s.items.length} 个`).join('，')}）。`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Writes one Word 督办清单 per department into `dir` (created when missing); returns the files.
 * Never writes over an input: the names are Zhuanbao's own (督办清单-第N期-单位.docx).
 * @example await writeSupervisionDocs('out/督办', result, model, settings) → ['out/督办/督办清单-第3期-住建局.docx', …]
 */
export async function writeSupervisionDocs(dir: string, result: Pick<BuildResult, 'supervision'>, model: BulletinModel, settings: Settings): Promise<string[]> {
  // The docx library is loaded only when Word files are asked for.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { supervisionDocs, supervisionFileName } = require('../docx/supervisionDoc') as typeof import('../docx/supervisionDoc');
  const docs = await supervisionDocs(result.supervision ?? [], model, settings);
  await fs.mkdir(dir, { recursive: true });
  // Re-running an issue replaces its documents: those Zhuanbao wrote for this issue before go first
  // (a department no longer lagging keeps no stale list). Nothing else in the folder is touched.
  const prefix = supervisionFileName('', settings.issue).replace(/_\.docx$/, '');
  for (const name of await fs.readdir(dir)) {
    if (name.startsWith(prefix) && name.endsWith('.docx')) await fs.rm(path.join(dir, name));
  }
  const files: string[] = [];
  for (const d of docs) {
    const file = path.join(dir, d.name);
    await fs.writeFile(file, d.bytes);
    files.push(file);
  }
  return files;
}
