/**
 * Telling header cells and header rows: what a cell scanned as a possible header names (remembered
 * per text), how much a row looks like a header, and whether a row holds only header words.
 */
import { GridView } from './grid';
import { FieldRole, HeaderMatch, isGenericSubHeader, recogniseHeader } from './headerRecognition';
import { memoise } from './memo';
import { cellText } from './quantity';

/** Roles whose presence makes a header row credible. */
const CORE_ROLES: FieldRole[] = ['name', 'project', 'target', 'done', 'completion', 'progress'];
/** A number written as text ("４３", "58.14%", "1,386"): header rows hold none besides a 序号. */
const NUMBER_TEXT = /^[\s+\-－]*[\d０-９][\d０-９.,，．\s]*[%％]?\s*$/;

/**
 * recogniseHeader for cells scanned as possible headers, remembered per text, each caller given its
 * own copy.
 * @example recogniseHeaderCell('全年目标（万元）')?.unit === '万元'
 */
export function recogniseHeaderCell(text: string): HeaderMatch | null {
  const m = headerMatchOf(text);
  return m && { ...m, ...(m.period ? { period: { ...m.period } } : {}) };
}

/**
 * The same texts recur (header texts on every sheet of a layout, units, statuses): each text's
 * match, or that it has none, is remembered. (Texts that hold no synonym are turned down inside
 * recogniseHeader, which no longer has a pre-check beside it repeating its normalisation.)
 */
const headerMatchOf = memoise(recogniseHeader, 50_000);

/**
 * Scores a row as a header: distinct roles recognised, weighted by match quality. Rows holding
 * numbers (other than a 序号) score zero.
 * @example headerScore(view, 3) >= 3 // 序号 | 指标名称 | 全年目标 | 累计完成 | 完成率
 */
export function headerScore(view: GridView, r: number): number {
  // Count numbers first: cheap, and rules out almost every data row before headers are matched.
  let numbers = 0;
  for (let c = 1; c <= view.colCount; c++) {
    const v = view.own(r, c)?.v;
    if ((typeof v === 'number' || (typeof v === 'string' && NUMBER_TEXT.test(v))) && ++numbers > 1) return 0;
  }
  // Each text cell's match, read in place (the remembered matches are only read here, never handed out).
  let cells = 0;
  let unknown = 0;
  const roles = new Map<FieldRole, number>();
  for (let c = 1; c <= view.colCount; c++) {
    const merge = view.mergeAt(r, c);
    if (merge) continue; // a merge's continuation: a horizontal one is counted once, at its top-left
    const text = cellText(view.own(r, c));
    if (!text) continue;
    cells++;
    const match = headerMatchOf(text);
    if (!match) { unknown++; continue; }
    roles.set(match.role, Math.max(roles.get(match.role) ?? 0, match.score));
  }
  if (cells < 2) return 0;
  let core = false;
  for (const role of roles.keys()) if (CORE_ROLES.includes(role)) core = true;
  if (!core) return 0;
  let score = 0;
  for (const s of roles.values()) score += s;
  return roles.size >= 2 ? score - 0.25 * unknown : 0;
}

/**
 * Whether row r holds only header words (at least two texts, each a whole header word or a
 * sub-header such as 数量/单位/1月, and no number): a header row the layout did not take in, never an indicator.
 * @example looksLikeHeaderRow(view, 4) === true // | 数量 | 单位 | 数量 | 单位
 */
export function looksLikeHeaderRow(view: GridView, r: number): boolean {
  let texts = 0;
  for (let c = 1; c <= view.colCount; c++) {
    if (view.mergeAt(r, c)) continue;
    const v = view.own(r, c)?.v;
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string') return false;
    const text = v.trim();
    if (!text) continue;
    // Only whole header words: a data text may contain one ("民生指标", "完成率24%").
    if (!isGenericSubHeader(text) && (recogniseHeaderCell(text)?.score ?? 0) < 1) return false;
    texts++;
  }
  return texts >= 2;
}
