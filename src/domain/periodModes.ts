/**
 * How a sheet's month and quarter columns add up: running totals (累计) or each period's own
 * amount (当月/当季).
 */
import { Finding, finding } from './findings';
import { RawIndicator } from './rawIndicator';
import { SheetLayout } from './sheetLayout';

/**
 * Decides, per sheet, whether period columns hold running totals or per-period amounts, and sets
 * it on every row read from them: a header that says 累计/当月 decides; otherwise any decreasing
 * series means amounts; all non-decreasing means running totals (an info finding, since a single
 * row cannot tell).
 * @example resolvePeriodModes(rows, layout, 'a.xlsx', 'Sheet1', findings); rows[0].periodMode === 'running'
 */
export function resolvePeriodModes(rows: RawIndicator[], layout: SheetLayout | null, file: string, sheet: string, findings: Finding[]): void {
  if (rows.length === 0 || !layout) return;
  const headerModes = layout.columns.filter((c) => c.role === 'period').map((c) => c.period?.mode ?? null);
  let mode: 'running' | 'amount' | null = headerModes.find((m) => m !== null) ?? null;
  if (!mode) {
    const decreasing = rows.some((r) => {
      const vals = [...r.periods].sort((a, b) => a.endMonth - b.endMonth).map((p) => p.value);
      return vals.some((v, i) => i > 0 && v < (vals[i - 1] ?? 0));
    });
    mode = decreasing ? 'amount' : 'running';
    if (!decreasing) {
      findings.push(finding(file, sheet, null, 'period_ambiguous',
        `工作表「${sheet}」的月度/季度列未注明“累计”或“当月”，数值逐期不减，已按累计值取最近一期。如为当月数，请在表头注明“当月”。`, 'info'));
    }
  }
  for (const r of rows) r.periodMode = mode;
}
