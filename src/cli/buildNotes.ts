/**
 * What the command says after a build, besides the summary table: the few findings that matter most,
 * and where the rest are (the bulletin's 【数据核查】 block, the JSON result), and what the skipped rows
 * are — usually harmless (totals, notes, headings) and listed in the JSON.
 */
import { BuildResult } from '../domain/resultSchema';
import { SKIP_REASONS } from '../domain/findings';

/** Findings shown on the terminal at most; the rest are in the bulletin and the JSON. */
export const MAX_FINDINGS_SHOWN = 5;

/** Where the outputs went, to point at them. */
export interface WrittenOutputs {
  out?: string;
  json?: string;
  /** The bulletin sheet's name (settings.bulletinSheet); 工作专报 when not given. */
  sheet?: string;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function place(f: BuildResult['findings'][number]): string {
  return [f.file, f.sheet, f.cell].filter((x) => x).join(' ');
}

/** "合计/小计行 12、填报说明工作表 8" — the skip reasons by count, most frequent first. */
function skipReasons(skipped: BuildResult['skipped']): string {
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  const label = (r: string): string => (SKIP_REASONS as Record<string, string | undefined>)[r] ?? r;
  return [...counts].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${label(r)} ${n}`).join('、');
}

/**
 * The lines printed after a build (each ends with a newline). Unreadable files are not repeated
 * here: they are printed as errors on their own.
 * @example buildNotes(result, { out: 'b.xlsx' }) → '数据核查发现 4 条问题，最需要看的几条：\n  · 教育局.xlsx 2026年民生实事 D6：…'
 */
export function buildNotes(result: BuildResult, written: WrittenOutputs): string {
  const lines: string[] = [];
  const problems = result.findings
    .filter((f) => f.severity !== 'info' && f.code !== 'file_unreadable')
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const where = [
    written.out ? `专报工作簿「${written.out}」中“${written.sheet ?? '工作专报'}”表的【数据核查】部分` : null,
    written.json ? `结果文件「${written.json}」的 findings` : null,
  ].filter((x) => x !== null);
  if (!result.indicators.length) {
    lines.push('注意：没有读到任何指标。请确认这些文件是各单位的民生实事跟踪表，原因见下面的核查结果。');
  }
  if (problems.length) {
    const shown = problems.slice(0, MAX_FINDINGS_SHOWN);
    lines.push(`数据核查发现 ${problems.length} 条问题${problems.length > shown.length ? `，最需要看的 ${shown.length} 条` : ''}：`);
    for (const f of shown) lines.push(`  · ${place(f)}：${f.message}`);
    if (where.length) lines.push(`  全部问题见${where.join('，以及')}。`);
    else lines.push(`  全部问题：加 --out 专报.xlsx 写入专报的【数据核查】，或加 --json 结果.json。`);
  }
  const notes = result.findings.filter((f) => f.severity === 'info').length;
  if (notes) lines.push(`另有 ${notes} 条提示（读取时所作的判断，如采用的日期），一般无需处理${written.json ? `，见「${written.json}」的 findings` : ''}。`);
  if (result.skipped.length) {
    lines.push(`跳过 ${result.skipped.length} 行/表（${skipReasons(result.skipped)}）：这些是合计、说明、标题等不是指标的行或表，通常无需处理。`
      + (written.json ? `清单见「${written.json}」的 skipped。` : '要看清单，请加 --json 结果.json，见其中的 skipped。'));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
