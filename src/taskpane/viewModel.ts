/**
 * The pane's view model: everything the components show, decided here and not in JSX — badge
 * colours per status, summary cards per section, the chart (chartView.ts), the lagging and findings lists.
 * Pure functions of the engine's result.
 */
import { BulletinModel, LaggingItem } from '../domain/bulletinModel';
import { BuildResult } from '../domain/resultSchema';
import { LAG_LABELS, STATUS_LABELS, StatusCode } from '../domain/statusCodes';
import { FIELD_ROLE_NAMES, type FieldRole } from '../domain/headerRecognition';
import { columnLetters } from '../domain/grid';
import type { SheetCandidate } from '../excel/candidates';
import type { EditableRole, LayoutEdit, LayoutView } from '../domain/layoutView';
import type { ColumnMapping } from '../domain/settings';
import type { Finding } from '../domain/findings';
import type { StoredSnapshot } from '../domain/workbookPort';
import { indicatorKey, withHistory } from '../domain/historyDiff';

export { chartView } from './chartView';
export type { ChartView, GapBandView, SectionBarView } from './chartView';
export type { Tone } from './tone';
export { STATUS_TONES, sectionCards } from './sectionCardsView';
export type { CountView, SectionCard } from './sectionCardsView';

export type BadgeColor = 'brand' | 'danger' | 'important' | 'informative' | 'severe' | 'subtle' | 'success' | 'warning';

export interface BadgeView {
  label: string;
  color: BadgeColor;
  appearance: 'filled' | 'tint' | 'outline';
}

/** The badge of a status code. */
export const STATUS_BADGES: Record<StatusCode, BadgeView> = {
  completed: { label: STATUS_LABELS.completed, color: 'success', appearance: 'filled' },
  on_schedule: { label: STATUS_LABELS.on_schedule, color: 'success', appearance: 'tint' },
  behind: { label: STATUS_LABELS.behind, color: 'danger', appearance: 'filled' },
  not_issued: { label: STATUS_LABELS.not_issued, color: 'informative', appearance: 'tint' },
  no_data: { label: STATUS_LABELS.no_data, color: 'subtle', appearance: 'outline' },
  no_target: { label: STATUS_LABELS.no_target, color: 'subtle', appearance: 'outline' },
  needs_review: { label: STATUS_LABELS.needs_review, color: 'warning', appearance: 'tint' },
};

/** The badge of a lag grade. */
export function lagBadge(lag: 'yellow' | 'red'): BadgeView {
  return lag === 'red' ? { label: LAG_LABELS.red, color: 'danger', appearance: 'filled' } : { label: LAG_LABELS.yellow, color: 'warning', appearance: 'filled' };
}

export interface SourceRef {
  file: string;
  sheet: string;
  cell: string;
}

export interface LaggingView {
  id: number;
  title: string;
  detail: string;
  badge: BadgeView;
  source: SourceRef;
}

function pct(n: number | null): string {
  return n === null ? '—' : `${Math.round(n * 100) / 100}%`;
}

/** The lagging list, worst first, each with the cell to select. */
export function laggingView(bulletin: BulletinModel): LaggingView[] {
  return bulletin.lagging.map((l: LaggingItem) => {
    const ind = bulletin.indicators.find((i) => i.id === l.indicatorId);
    const cell = ind?.source.cells['completion'] ?? ind?.source.cells['done'] ?? ind?.source.cells['name'] ?? `A${ind?.source.row ?? 1}`;
    return {
      id: l.indicatorId,
      title: l.name,
      detail: `${l.dept ?? '未注明单位'} · 完成 ${pct(l.completion)} / 序时 ${pct(l.expectedProgress)}${l.gap !== null ? ` · 差 ${Math.round(l.gap * 100) / 100} 个百分点` : ''}`,
      badge: lagBadge(l.lag),
      source: { file: ind?.source.file ?? '', sheet: ind?.source.sheet ?? '', cell },
    };
  });
}

export interface FindingView {
  key: string;
  message: string;
  where: string;
  badge: BadgeView;
  source: SourceRef | null;
}

const SEVERITY_BADGES: Record<'error' | 'warning' | 'info', BadgeView> = {
  error: { label: '错误', color: 'danger', appearance: 'tint' },
  warning: { label: '注意', color: 'warning', appearance: 'tint' },
  info: { label: '提示', color: 'informative', appearance: 'tint' },
};

/** The findings list; those with a cell can be selected. */
export function findingsView(result: BuildResult): FindingView[] {
  return result.findings.map((f, i) => ({
    key: `${i}`,
    message: f.message,
    where: [f.file, f.sheet, f.cell].filter(Boolean).join(' · '),
    badge: SEVERITY_BADGES[f.severity],
    source: f.sheet && f.cell ? { file: f.file, sheet: f.sheet, cell: f.cell } : null,
  }));
}

/** The headline numbers of the whole build (for the e2e check and the header). */
export function totals(result: BuildResult): { indicators: number; reached: number; completed: number; behind: number } {
  let reached = 0, completed = 0, behind = 0, indicators = 0;
  for (const s of result.summary) {
    indicators += s.indicators;
    reached += (s.counts.completed ?? 0) + (s.counts.on_schedule ?? 0);
    completed += s.counts.completed ?? 0;
    behind += s.counts.behind ?? 0;
  }
  return { indicators, reached, completed, behind };
}

/** Chinese names of the column roles. */
export const ROLE_LABELS: Record<FieldRole, string> = FIELD_ROLE_NAMES;

export interface SheetRowView {
  key: string;
  title: string;
  /** "表头第 3 行：B 项目、C 指标、D 全年目标…" */
  layout: string;
  badge: BadgeView;
  candidate: SheetCandidate;
  /** The engine's choices between columns, as the clerk reads them (a column mapping overrides them). */
  choices: string[];
}

/** True when one of the clerk's mappings applies to the candidate's sheet. */
export function hasMapping(c: Pick<SheetCandidate, 'file' | 'sheet' | 'layoutKey'>, mappings: readonly ColumnMapping[]): boolean {
  return mappings.some((m) => m.layoutKey === c.layoutKey || m.layoutKey === `${c.file}#${c.sheet}`);
}

/**
 * The engine's column choices on a sheet, as short notes: "累计完成：读取 E 列「本月累计」，未读取 D 列
 * 「上月累计」（按含义）". A choice whose role or columns the clerk mapped is left out (the mapping decides).
 * @example choiceNotes(candidate, [])[0] === '累计完成：读取 E 列「本月累计」，未读取 D 列「上月累计」（按表头含义）'
 */
export function choiceNotes(c: SheetCandidate, mappings: readonly ColumnMapping[]): string[] {
  const mapping = mappings.find((m) => m.layoutKey === c.layoutKey);
  const mappedLetters = new Set(Object.values(mapping?.columns ?? {}).filter((l): l is string => !!l));
  const why = { hidden: '另一列为隐藏列', meaning: '按表头含义', match: '按表头名称' } as const;
  return (c.choices ?? [])
    .filter((x) => !(mapping && x.role in mapping.columns) && !mappedLetters.has(columnLetters(x.chosen.col)) && !mappedLetters.has(columnLetters(x.skipped.col)))
    .map((x) => `${ROLE_LABELS[x.role]}：读取 ${columnLetters(x.chosen.col)} 列「${x.chosen.header}」，未读取 ${columnLetters(x.skipped.col)} 列「${x.skipped.header}」（${why[x.reason]}）`);
}

/** A finding of the last build, as far as the sheet list needs it. */
export type ReadNote = Pick<Finding, 'file' | 'sheet' | 'cell' | 'code' | 'message'>;

/**
 * The other choices the last build made on a sheet (how month columns were added up, a row of header
 * words, hidden rows not read), from its info findings: the column choices are already told by
 * {@link choiceNotes}, from detection, so their findings are left out here.
 * @example buildChoiceNotes(candidate, result.findings) → ['月度/季度列按表头「1月（当月）」（D4）视为当期数，逐期相加。']
 */
export function buildChoiceNotes(c: SheetCandidate, notes: readonly ReadNote[]): string[] {
  const columnChoiceCells = new Set((c.choices ?? []).map((x) => `${columnLetters(x.chosen.col)}${c.headerRow ?? ''}`));
  return notes
    .filter((f) => f.sheet === c.sheet && f.file === c.file && (f.code === 'layout_choice' || f.code === 'period_ambiguous'))
    .filter((f) => !(f.code === 'layout_choice' && f.cell !== null && columnChoiceCells.has(f.cell)))
    .map((f) => f.message);
}

/**
 * The sheet list: detected layout and confidence of each sheet, the engine's column choices, and
 * the other choices the last build made on it (`readNotes`: that build's findings).
 * @example sheetRows(candidates, settings.mappings, outcome?.result.findings)[0].choices
 */
export function sheetRows(candidates: SheetCandidate[], mappings: readonly ColumnMapping[] = [], readNotes: readonly ReadNote[] = []): SheetRowView[] {
  return candidates.map((c) => {
    const cols = c.columns.filter((x) => x.role !== 'period').map((x) => `${x.letter} ${ROLE_LABELS[x.role]}`);
    const periods = c.columns.filter((x) => x.role === 'period').length;
    const layout = c.headerRow
      ? `表头第 ${c.headerRow} 行：${cols.join('、')}${periods ? `，${periods} 个月度/季度列` : ''}`
      : '未找到可识别的表头（可能是说明页）';
    const mapped = hasMapping(c, mappings);
    const pct = Math.round(c.confidence * 100);
    const badge: BadgeView = c.bound
      ? { label: '已绑定', color: 'brand', appearance: 'filled' }
      : c.confidence >= 0.75 ? { label: `跟踪表 ${pct}%`, color: 'success', appearance: 'tint' }
        : c.confidence >= 0.5 ? { label: `可能是跟踪表 ${pct}%`, color: 'warning', appearance: 'tint' }
          : { label: '不像跟踪表', color: 'subtle', appearance: 'outline' };
    return {
      key: `${c.file}#${c.sheet}`, title: c.file && !c.file.endsWith(c.sheet) ? `${c.sheet}（${c.file}）` : c.sheet,
      layout: mapped ? `${layout}（已手动指定列映射，以列映射为准）` : layout, badge, candidate: c,
      choices: [...choiceNotes(c, mappings), ...buildChoiceNotes(c, readNotes)],
    };
  });
}

/** The roles in the order the mapping editor lists them: the ones that matter most first. */
export const EDITOR_ROLE_ORDER: readonly EditableRole[] = [
  'name', 'project', 'section', 'target', 'unit', 'targetUnit', 'done', 'doneUnit', 'completion', 'progress', 'dept', 'note', 'seq', 'direction', 'status', 'nodes', 'expected', 'judgement',
];

export interface ColumnOption {
  /** Column letter, or '' for 不使用. */
  value: string;
  label: string;
}

export interface MappingRoleRow {
  role: EditableRole;
  label: string;
  /** Selected column letter, '' for 不使用. */
  value: string;
  /** "自动识别：F 完成情况/累计完成" or "自动识别：无". */
  detected: string;
  /** Differs from automatic detection (shown with a badge). */
  badge: BadgeView | null;
}

export interface MappingEditorView {
  title: string;
  badge: BadgeView;
  summary: string;
  /** The header row field's text. */
  headerRow: string;
  options: ColumnOption[];
  rows: MappingRoleRow[];
  /** Saving needs the layout at the header row typed (press 按此行识别 first). */
  canSave: boolean;
  /** Why saving is not possible, or null. */
  saveHint: string | null;
}

const NOT_USED = '不使用';

/** A column's label in the editor's lists: letter and header text. */
export function columnLabel(c: { letter: string; header: string }): string {
  return c.header ? `${c.letter} ${c.header}` : `${c.letter}（无表头）`;
}

/**
 * The column-mapping editor: one row per role with the column chosen and what detection found,
 * the header row, and whether saving is possible.
 * @example mappingEditorView(view, editOf(view), 1, '3').rows[0] → { role: 'name', value: 'C', … }
 */
export function mappingEditorView(view: LayoutView, edit: LayoutEdit, sameLayout: number, headerRowText: string): MappingEditorView {
  const byLetter = new Map(view.columns.map((c) => [c.letter, c]));
  const options: ColumnOption[] = [{ value: '', label: NOT_USED }, ...view.columns.map((c) => ({ value: c.letter, label: columnLabel(c) }))];
  const rows = EDITOR_ROLE_ORDER.map((role): MappingRoleRow => {
    const base = view.baseRoles[role];
    const col = base ? byLetter.get(base) : undefined;
    const value = edit.roles[role] ?? '';
    return {
      role,
      label: ROLE_LABELS[role],
      value,
      detected: `自动识别：${col ? columnLabel(col) : '无'}`,
      badge: value !== (base ?? '') ? { label: '已修改', color: 'warning', appearance: 'tint' } : null,
    };
  });
  const typed = Number(headerRowText);
  const validRow = Number.isInteger(typed) && typed >= 1 && typed <= Math.max(1, view.rowCount);
  const pendingRow = validRow && typed !== view.headerRow;
  const shared = sameLayout > 1 ? `列映射按表头文字保存，适用于表头相同的 ${sameLayout} 个工作表。` : '';
  const summary = view.headerRow === null
    ? `未识别到表头：请填写表头所在的行号，点“按此行识别”，再指定各列。${shared}`
    : `表头第 ${view.headerRow} 行${view.detected && view.detectedHeaderRow !== view.headerRow ? `（自动识别为第 ${view.detectedHeaderRow} 行）` : ''}；`
      + `按当前列映射读取到 ${view.indicators} 个指标${view.periods ? `，另有 ${view.periods} 个月度/季度列按自动识别读取` : ''}。${shared}`;
  const saveHint = !validRow ? `表头行应为 1 至 ${Math.max(1, view.rowCount)} 之间的整数。`
    : pendingRow ? `表头行已改为第 ${typed} 行：请先点“按此行识别”。`
      : view.headerRow === null ? '请先填写表头所在的行号。' : null;
  return {
    title: view.file && !view.file.endsWith(view.sheet) ? `${view.sheet}（${view.file}）` : view.sheet,
    badge: view.mapped ? { label: '已手动指定', color: 'brand', appearance: 'filled' } : { label: '自动识别', color: 'informative', appearance: 'tint' },
    summary,
    headerRow: headerRowText,
    options,
    rows,
    canSave: saveHint === null,
    saveHint,
  };
}

export interface TrendPoint {
  /** "第 2 期" */
  label: string;
  /** Completion, percent; null when that issue had none for the indicator. */
  value: number | null;
}

export interface HistoryIndicatorView {
  id: number;
  name: string;
  detail: string;
  /** "较上期提高 3.2 个百分点" / "与上期持平" / "本期新列入" / "上期无完成率". */
  change: string;
  badge: BadgeView;
  /** Completion across stored issues, oldest first, this issue last. */
  trend: TrendPoint[];
}

export interface HistoryView {
  intro: string;
  sections: { title: string; text: string }[];
  newlyBehind: { id: number; text: string }[];
  recovered: { id: number; text: string }[];
  indicators: HistoryIndicatorView[];
  notes: string[];
}

const TREND_BADGES: Record<'up' | 'down' | 'flat' | 'new' | 'none', BadgeView> = {
  up: { label: '提高', color: 'success', appearance: 'tint' },
  down: { label: '下降', color: 'danger', appearance: 'tint' },
  flat: { label: '持平', color: 'subtle', appearance: 'outline' },
  new: { label: '新列入', color: 'informative', appearance: 'tint' },
  none: { label: '不可比', color: 'subtle', appearance: 'outline' },
};

/**
 * The change since the last issue as the pane shows it (null when the build had no earlier issue
 * to compare with): the bulletin's intro and lists, per section the change in counts, and per
 * indicator the change in completion with its trend over the stored snapshots. `snapshots` may
 * include this issue's own (it is stored by the build); it is replaced by the current result.
 * @example historyView(result, bulletin, snapshots, 2)?.indicators[0].change === '较上期提高 5 个百分点'
 */
export function historyView(result: BuildResult, bulletin: BulletinModel, snapshots: readonly StoredSnapshot[], issue: number): HistoryView | null {
  const diff = result.history;
  if (!diff) return null;
  const h = withHistory(bulletin, diff).history;
  if (!h) return null;
  const earlier = snapshots.filter((s) => s.issue < issue).sort((a, b) => a.issue - b.issue || a.asOf.localeCompare(b.asOf));
  const byKey = earlier.map((s) => {
    const m = new Map<string, number | null>();
    for (const i of s.result.indicators) if (!m.has(indicatorKey(i))) m.set(indicatorKey(i), i.completion);
    return { label: `第 ${s.issue} 期`, m };
  });
  const current = new Map(result.indicators.map((i) => [i.id, i]));
  const indicators = diff.indicators.map((c): HistoryIndicatorView => {
    const ind = current.get(c.indicatorId);
    const key = ind ? indicatorKey(ind) : null;
    const trend: TrendPoint[] = [
      ...byKey.map((s) => ({ label: s.label, value: key === null ? null : s.m.get(key) ?? null })),
      { label: `第 ${issue} 期`, value: c.completion },
    ];
    const kind = c.previousId === null ? 'new' : c.trend ?? 'none';
    return {
      id: c.indicatorId,
      name: c.name,
      detail: `${c.dept ?? '未注明单位'} · 上期 ${pct(c.previousCompletion)} → 本期 ${pct(c.completion)}`,
      change: c.text ?? (c.previousId === null ? '本期新列入' : '完成率不可比较'),
      badge: TREND_BADGES[kind],
      trend,
    };
  });
  return {
    intro: h.intro,
    sections: h.sections,
    newlyBehind: h.newlyBehind.map((i) => ({ id: i.indicatorId, text: i.text })),
    recovered: h.recovered.map((i) => ({ id: i.indicatorId, text: i.text })),
    indicators,
    notes: h.notes,
  };
}

export interface SparklineView {
  /** SVG polyline points in a 0..width × 0..height box (gaps split the line). */
  segments: string[];
  dots: { x: number; y: number; label: string }[];
  /** Text for screen readers: "第 1 期 25%，第 2 期 30%". */
  label: string;
}

/**
 * A trend as a tiny line: x spread evenly over the issues, y from 0 to max(100, values).
 * @example sparkline([{ label: '第 1 期', value: 0 }, { label: '第 2 期', value: 100 }], 60, 20).segments[0] === '2,18 58,2'
 */
export function sparkline(points: readonly TrendPoint[], width: number, height: number, pad = 2): SparklineView {
  const max = Math.max(100, ...points.map((p) => p.value ?? 0));
  const step = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
  const r = (n: number): number => Math.round(n * 10) / 10;
  const segments: string[] = [];
  const dots: SparklineView['dots'] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      return;
    }
    const x = r(points.length > 1 ? pad + i * step : width / 2);
    const y = r(height - pad - (Math.max(0, p.value) / max) * (height - 2 * pad));
    current.push(`${x},${y}`);
    dots.push({ x, y, label: `${p.label} ${Math.round(p.value * 100) / 100}%` });
  });
  if (current.length) segments.push(current.join(' '));
  return { segments, dots, label: points.map((p) => `${p.label} ${p.value === null ? '无' : `${Math.round(p.value * 100) / 100}%`}`).join('，') };
}
