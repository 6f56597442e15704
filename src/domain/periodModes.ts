/**
 * How a sheet's month and quarter columns add up: running totals (累计) or each period's own
 * amount (当月/当季) — and the clerk told which was taken and why.
 */
import { Finding, finding } from './findings';
import { columnLetters } from './grid';
import { RawIndicator } from './rawIndicator';
import { SheetLayout } from './sheetLayout';

/**
 * Decides, per sheet, whether period columns hold running totals or per-period amounts, and sets
 * it on every row read from them: a header (or the group heading over the periods) that says
 * 累计/当月 decides; otherwise any decreasing series means amounts; all non-decreasing means
 * running totals. Each way, an info finding says which was taken and why.
 * @example resolvePeriodModes(rows, layout, 'a.xlsx', 'Sheet1', findings); rows[0].periodMode === 'running'
 */
export function resolvePeriodModes(rows: RawIndicator[], layout: SheetLayout | null, file: string, sheet: string, findings: Finding[]): void {
  if (rows.length === 0 || !layout) return;
  const periods = layout.columns.filter((c) => c.role === 'period');
  const decided = periods.find((c) => c.period?.mode);
  let mode: 'running' | 'amount';
  if (decided?.period?.mode) {
    mode = decided.period.mode;
    const cell = `${columnLetters(decided.col)}${layout.headerBottom}`;
    findings.push(finding(file, sheet, cell, 'layout_choice',
      `月度/季度列按表头「${decided.header}」（${cell}）${mode === 'running' ? '视为累计数，取截至日期前最近一期' : '视为当期数，逐期相加'}。`, 'info'));
  } else {
    const decreasing = rows.find((r) => {
      const vals = [...r.periods].sort((a, b) => a.endMonth - b.endMonth).map((p) => p.value);
      return vals.some((v, i) => i > 0 && v < (vals[i - 1] ?? 0));
    });
    mode = decreasing ? 'amount' : 'running';
    if (decreasing) {
      findings.push(finding(file, sheet, decreasing.periods[0]?.cell ?? null, 'layout_choice',
        `工作表「${sheet}」的月度/季度列未注明“累计”或“当月”，第 ${decreasing.row} 行的数值有逐期减少，已按当期数逐期相加。如为累计数，请在表头注明“累计”。`, 'info'));
    } else {
      findings.push(finding(file, sheet, null, 'period_ambiguous',
        `工作表「${sheet}」的月度/季度列未注明“累计”或“当月”，数值逐期不减，已按累计值取最近一期。如为当月数，请在表头注明“当月”。`, 'info'));
    }
  }
  for (const r of rows) r.periodMode = mode;
}
