/**
 * Building the report: every sheet read, every indicator evaluated, sections and projects merged
 * across departments and put in bulletin order, the cross-workbook checks run, and the summary
 * counted. The result is the JSON of the CLI and the input of the bulletin.
 */
import { memoise } from './memo';
import { Finding, Severity, SkippedRow, finding } from './findings';
import { SheetGrid } from './grid';
import { EvaluatedIndicator, EvaluationContext, evaluateInto } from './indicatorEvaluation';
import { BuildResult, Indicator, SectionSummary } from './resultSchema';
import { sectionKey } from './sectionNames';
import { Settings } from './settings';
import { SheetReading, readSheet } from './sheetReading';
import { STATUS_CODES, StatusCode } from './statusCodes';
import { compareKey, roundTo } from './text';
import { timeProgress } from './timeProgress';

/** A file that could not be read at all (reported by the adapter). */
export interface FileFailure {
  file: string;
  message: string;
  /** `file_not_spreadsheet` for a file that is no table at all (a Word document, a lock file); default `file_unreadable`. */
  code?: 'file_unreadable' | 'file_not_spreadsheet';
  /** Default `error`; `info` for a file only listed (a lock file or hidden file skipped). */
  severity?: Severity;
}

/** Inputs besides the grids. */
export interface ReportInput {
  grids: SheetGrid[];
  settings: Settings;
  /** Files the adapter could not open. */
  failures?: FileFailure[];
  /** Date used when neither settings nor the workbooks give an as-of date (the caller's today). */
  fallbackAsOf?: string;
}

/** The section title shown in the bulletin. */
export function sectionTitle(key: string, settings: Settings): string {
  const configured = settings.sectionTitles[key];
  if (configured) return configured;
  return /级$/.test(key) ? `${key}${settings.sectionTitleSuffix}` : key;
}

const UNSORTED_SECTION = '其他';

/** A project (by section and key) and where it first appears. */
interface ProjectFirst {
  index: number;
  label: string;
}

/** A project, its section, and the indexes of its indicators in reading order. */
interface ProjectGroup extends ProjectFirst {
  section: string;
  members: number[];
}

// The loops over every indicator are functions of their own (one concept each). They were indexed
// loops with `as T` casts (651ba16); back to for…of, the CPU time of buildReport is the same within
// noise (bench/engineAlone.ts data, 10,000 and 100,000 rows, CPU time median of 5–9 runs on a loaded
// 2-core machine: indexed 941–986 ms vs for…of 883–990 ms at 100k; 137–150 vs 138–150 ms at 10k, three rounds).

/** Every indicator of every reading evaluated, in reading order, the findings added to `findings`. */
function evaluateAll(readings: SheetReading[], ctx: EvaluationContext, findings: Finding[]): EvaluatedIndicator[] {
  const evaluated: EvaluatedIndicator[] = [];
  for (const reading of readings) for (const raw of reading.indicators) evaluated.push(evaluateInto(raw, ctx, findings));
  return evaluated;
}

/**
 * Places each indicator in its section and project (maps by section, then key: no joined key
 * string to build and hash per indicator). Each project lists its indicators in reading order: no
 * record per indicator to place and sort. Also gives where each section first appears.
 */
function groupByProject(evaluated: EvaluatedIndicator[], keyOf: (label: string) => string): { groups: ProjectGroup[]; sectionFirst: Map<string, number> } {
  const sectionOf = memoise(sectionKey); // sections recur
  const sectionFirst = new Map<string, number>();
  const projectFirst = new Map<string, Map<string, ProjectGroup>>();
  const groups: ProjectGroup[] = [];
  for (const [index, { raw }] of evaluated.entries()) {
    const section = raw.section ? sectionOf(raw.section) : UNSORTED_SECTION;
    const projectLabel = raw.project ?? raw.name;
    let projects = projectFirst.get(section);
    if (!projects) { projects = new Map(); projectFirst.set(section, projects); sectionFirst.set(section, index); }
    const pKey = keyOf(projectLabel);
    let project = projects.get(pKey);
    if (!project) {
      project = { index, label: projectLabel, section, members: [] };
      projects.set(pKey, project);
      groups.push(project);
    }
    project.members.push(index);
  }
  return { groups, sectionFirst };
}

/** A project's indicators appended, in reading order, to `ordered` and (numbered on) to `indicators`. */
function listGroup(g: ProjectGroup, title: string, evaluated: EvaluatedIndicator[], ordered: EvaluatedIndicator[], indicators: Indicator[]): void {
  for (const m of g.members) {
    const e = evaluated[m];
    if (!e) continue;
    ordered.push(e);
    indicators.push(toIndicator(e, indicators.length + 1, g.section, title, g.label));
  }
}

/**
 * An evaluated indicator as the result lists it. Its source shares the cell addresses read for it
 * (neither is changed once read).
 */
function toIndicator(e: EvaluatedIndicator, id: number, section: string, sectionTitle: string, project: string): Indicator {
  const raw = e.raw;
  return {
    id,
    section,
    sectionTitle,
    project,
    name: raw.name,
    dept: raw.dept,
    kind: e.kind,
    unit: e.unit,
    target: e.target,
    done: e.done,
    completion: e.completion,
    reportedCompletion: e.reportedCompletion,
    expectedProgress: e.expectedProgress,
    status: e.status,
    statusLabel: e.statusLabel,
    lag: e.lag,
    targetText: e.targetText,
    doneText: e.doneText,
    progressText: raw.progressText,
    source: { file: raw.file, sheet: raw.sheet, row: raw.row, cells: raw.cells as Record<string, string>, span: raw.span },
  };
}

function orderIndex(list: readonly string[], value: string, match: (item: string, value: string) => boolean): number {
  const i = list.findIndex((item) => match(item, value));
  return i < 0 ? list.length : i;
}

/** Reads every grid, appending each sheet's findings and skipped rows; sections met are added to `known`. */
function readAll(input: ReportInput, known: string[], findings: Finding[], skipped: SkippedRow[]): SheetReading[] {
  const { settings } = input;
  const ownSheets = [settings.bulletinSheet, settings.ledgerSheet, settings.supervisionSheet];
  const readings: SheetReading[] = [];
  for (const grid of input.grids) {
    const reading = readSheet(grid, { knownSections: known, mappings: settings.mappings, ownSheets });
    for (const i of reading.indicators) if (i.section && !known.includes(i.section)) known.push(i.section);
    readings.push(reading);
    append(findings, reading.findings);
    append(skipped, reading.skipped);
  }
  return readings;
}

/** The as-of date: settings, else the date most workbooks give, else the caller's fallback; told when unsure. */
function asOfDateOf(readings: readonly SheetReading[], settings: Settings, fallback: string | undefined, findings: Finding[]): string {
  const dates = new Map<string, number>();
  for (const r of readings) if (r.asOf) dates.set(r.asOf, (dates.get(r.asOf) ?? 0) + 1);
  const detected = [...dates.entries()].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
  const asOf = settings.asOf ?? detected ?? fallback;
  if (!settings.asOf && dates.size > 1) {
    findings.push(finding('', null, null, 'as_of_conflict',
      `各表“数据截至”日期不一致（${[...dates.keys()].sort().join('、')}），已采用 ${detected}。可在设置中指定。`, 'info'));
  }
  if (!asOf) {
    findings.push(finding('', null, null, 'as_of_missing', '未找到“数据截至”日期，也未指定，请在设置中填写数据截至日期。', 'error'));
    return '1970-01-01';
  }
  if (!settings.asOf && !detected) {
    findings.push(finding('', null, null, 'as_of_missing', `各表均未写明“数据截至”日期，已按 ${asOf} 计算序时进度。`, 'warning'));
  }
  return asOf;
}

/**
 * Orders the projects: by section rank, then project rank. A project's rank ends in the index of its
 * first indicator, which no other project shares, so no two projects tie: the projects are ordered,
 * and each one's indicators follow in reading order.
 */
function orderGroups(groups: ProjectGroup[], sectionFirst: Map<string, number>, settings: Settings): void {
  const sectionRank = (s: string): [number, number] => [
    orderIndex(settings.sectionOrder, s, (item, v) => v === item || v.endsWith(item)),
    sectionFirst.get(s) ?? 0,
  ];
  const projectRank = (p: ProjectFirst): [number, number] => [orderIndex(settings.projectOrder, p.label, (item, v) => v.includes(item)), p.index];
  const cmp = (a: [number, number], b: [number, number]): number => a[0] - b[0] || a[1] - b[1];
  // Ranks are computed once per section and project, not inside the comparator.
  const sectionRanks = new Map([...sectionFirst.keys()].map((k) => [k, sectionRank(k)]));
  const projectRanks = new Map<ProjectFirst, [number, number]>(groups.map((p) => [p, projectRank(p)]));
  const rankOf = <K>(m: Map<K, [number, number]>, k: K): [number, number] => m.get(k) ?? [0, 0];
  groups.sort((a, b) => cmp(rankOf(sectionRanks, a.section), rankOf(sectionRanks, b.section)) || cmp(rankOf(projectRanks, a), rankOf(projectRanks, b)));
}

/** Each file's sheets, indicators and error, in reading order; a file only listed (a lock file, a Word document) is no error. */
function fileStatuses(readings: readonly SheetReading[], failures: ReportInput['failures']): BuildResult['files'] {
  const files = new Map<string, { sheets: number; indicators: number; error: string | null }>();
  for (const r of readings) {
    const f = files.get(r.file) ?? { sheets: 0, indicators: 0, error: null };
    f.sheets++;
    f.indicators += r.indicators.length;
    files.set(r.file, f);
  }
  for (const f of failures ?? []) files.set(f.file, { sheets: 0, indicators: 0, error: f.severity === 'info' ? null : f.message });
  return [...files.entries()].map(([file, f]) => ({ file, ...f }));
}

/**
 * Builds the result from sheet grids. Never throws on content.
 * @example buildReport({ grids, settings: parseSettings({ asOf: '2026-03-20' }) }).summary[0].counts.on_schedule
 */
export function buildReport(input: ReportInput): { result: BuildResult; readings: SheetReading[]; evaluated: EvaluatedIndicator[] } {
  const { settings } = input;
  const findings: Finding[] = [];
  const skipped: SkippedRow[] = [];
  const readings = readAll(input, [...settings.sectionOrder], findings, skipped);
  for (const f of input.failures ?? []) findings.push(finding(f.file, null, null, f.code ?? 'file_unreadable', f.message, f.severity ?? 'error'));
  append(findings, emptyFileFindings(readings));

  const asOf = asOfDateOf(readings, settings, input.fallbackAsOf, findings);
  const calendarProgress = timeProgress(asOf, settings.mode);

  // Evaluate, place in sections and projects, order.
  const ctx: EvaluationContext = { asOf, settings: { ...settings, asOf }, calendarProgress };
  const evaluated = evaluateAll(readings, ctx, findings);
  const keyOf = memoise(compareKey); // project labels recur
  const { groups, sectionFirst } = groupByProject(evaluated, keyOf);
  orderGroups(groups, sectionFirst, settings);

  const titleOf = memoise((section: string) => sectionTitle(section, settings));
  const indicators: Indicator[] = [];
  const ordered: EvaluatedIndicator[] = [];
  for (const g of groups) listGroup(g, titleOf(g.section), evaluated, ordered, indicators);
  evaluated.length = 0;
  append(evaluated, ordered);

  append(findings, duplicateFindings(indicators));
  const summary = summarise(indicators, settings, keyOf);
  append(findings, summaryFindings(summary));

  const result: BuildResult = {
    asOf,
    mode: settings.mode,
    timeProgress: roundTo(calendarProgress, 2),
    summary,
    indicators,
    findings,
    skipped,
    files: fileStatuses(readings, input.failures),
  };
  return { result, readings, evaluated };
}

/**
 * Per-section counts: projects, indicators and each status code.
 * @example summarise(indicators, settings)[0] → { section: '省级', projects: 10, indicators: 31, counts: { completed: 3, … } }
 */
export function summarise(indicators: Indicator[], settings: Settings, keyOf: (s: string) => string = compareKey): SectionSummary[] {
  const out = new Map<string, { s: SectionSummary; projects: Set<string> }>();
  for (const i of indicators) {
    let entry = out.get(i.section);
    if (!entry) {
      const counts = Object.fromEntries(STATUS_CODES.map((c) => [c, 0])) as Record<StatusCode, number>;
      entry = { s: { section: i.section, title: sectionTitle(i.section, settings), projects: 0, indicators: 0, counts }, projects: new Set() };
      out.set(i.section, entry);
    }
    entry.projects.add(keyOf(i.project));
    entry.s.indicators++;
    entry.s.counts[i.status] = (entry.s.counts[i.status] ?? 0) + 1;
  }
  return [...out.values()].map(({ s, projects }) => ({ ...s, projects: projects.size }));
}

/**
 * A file whose header was found but which gave no indicator at all is named, so it is never
 * silently lost. Files whose sheets were all skipped (empty, hidden, instructions, Zhuanbao's own)
 * are already listed as skipped, and unrecognised headers have their own finding.
 */
function emptyFileFindings(readings: SheetReading[]): Finding[] {
  const byFile = new Map<string, SheetReading[]>();
  for (const r of readings) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const out: Finding[] = [];
  for (const [file, rs] of byFile) {
    if (rs.some((r) => r.indicators.length > 0)) continue;
    const withHeader = rs.filter((r) => r.layout !== null);
    if (withHeader.length === 0) continue;
    const sheets = withHeader.map((r) => `「${r.sheet}」`).join('、');
    out.push(finding(file, null, null, 'file_no_indicators',
      `文件「${file}」的工作表${sheets.length > 200 ? `${sheets.slice(0, 200)}…` : sheets}找到了表头，但没有读到任何指标。请检查表头下方是否填有数据。`));
  }
  return out;
}

function summaryFindings(summary: SectionSummary[]): Finding[] {
  const out: Finding[] = [];
  for (const s of summary) {
    const total = STATUS_CODES.reduce((n, c) => n + (s.counts[c] ?? 0), 0);
    const a = (s.counts.completed ?? 0) + (s.counts.on_schedule ?? 0);
    if (total !== s.indicators || (s.counts.completed ?? 0) > a) {
      out.push(finding('', null, null, 'summary_mismatch', `「${s.title}」各状态合计 ${total} 与指标数 ${s.indicators} 不符。`, 'error'));
    }
  }
  return out;
}

function duplicateFindings(indicators: Indicator[]): Finding[] {
  const seen = new Map<string, Map<string, Indicator>>(); // by section, then name key
  const out: Finding[] = [];
  // Indicators are listed section by section: the section of the one before is compared first.
  let lastSection: string | undefined;
  let inSection = new Map<string, Indicator>();
  for (const i of indicators) {
    if (i.section !== lastSection) {
      const known = seen.get(i.section);
      if (known) inSection = known;
      else { inSection = new Map(); seen.set(i.section, inSection); }
      lastSection = i.section;
    }
    const key = compareKey(i.name);
    const first = inSection.get(key);
    if (!first) { inSection.set(key, i); continue; }
    const where = (x: Indicator): string => `${x.source.file}「${x.source.sheet}」第 ${x.source.row} 行`;
    out.push(finding(i.source.file, i.source.sheet, i.source.cells['name'] ?? null, 'duplicate_indicator',
      `指标「${i.name}」在 ${where(first)}（${first.dept ?? '未注明单位'}）和 ${where(i)}（${i.dept ?? '未注明单位'}）重复出现，两处均已计入，请确认是否重复报送。`));
  }
  return out;
}

/** Appends one list to another; `push(...items)` overflows the stack past ~120,000 items. */
function append<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i] as T);
}
