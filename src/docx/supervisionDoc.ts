/**
 * One department's 督办清单 as a Word document, in the bulletin's GB/T 9704 page and styles: the
 * bulletin's title and issue under a red rule, the department, its summary sentence, a table of its
 * lagging indicators shaded by grade, each one's line in the bulletin's wording, and the clerk's
 * request when the settings give one. `supervisionDocs` names one file per department.
 */
import { BulletinModel } from '../domain/bulletinModel';
import { Supervision } from '../domain/chasingSchema';
import { chineseDate, percentText } from '../domain/numberFormat';
import { Settings } from '../domain/settings';
import { documentOf, packDocument } from './bulletinDocx';
import { DocBlock, DocLayout, TableColumn, TEXT_WIDTH } from './docLayout';

type Context = Pick<BulletinModel, 'title' | 'issueLabel' | 'office' | 'dateText' | 'asOf' | 'timeProgress' | 'modeLabel'>;

const HEADERS = ['序号', '项目', '指标', '完成率', '序时进度', '差距（百分点）', '等级'];
const WEIGHTS = [6, 16, 30, 11, 11, 12, 7];
const ALIGN: TableColumn['align'][] = ['center', 'left', 'left', 'right', 'right', 'right', 'center'];

function columns(): TableColumn[] {
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  const widths = WEIGHTS.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  widths[widths.length - 1] = TEXT_WIDTH - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return HEADERS.map((header, k) => ({ header, width: widths[k] ?? 0, align: ALIGN[k] ?? 'left' }));
}

const pct = (n: number | null): string => (n === null ? '—' : `${percentText(n)}%`);

/**
 * Lays out one department's 督办清单 document.
 * @example layoutSupervisionDoc(list[0], model, settings.colours).blocks[0] → { kind: 'text', style: 'title', text: '…督办清单' }
 */
export function layoutSupervisionDoc(s: Supervision, model: Context, colours: Settings['colours']): DocLayout {
  const hex = (c: string): string => c.replace(/^#/, '').toUpperCase();
  const blocks: DocBlock[] = [
    { kind: 'text', style: 'title', text: `${model.title}督办清单` },
    { kind: 'text', style: 'issue', text: model.issueLabel },
    { kind: 'text', style: 'officeDate', text: model.office, right: model.dateText },
    { kind: 'rule', color: 'C00000' },
    { kind: 'text', style: 'h3', text: `${s.dept}：` },
    { kind: 'text', style: 'body', text: `数据截至 ${chineseDate(model.asOf)}，全年序时进度为 ${percentText(model.timeProgress)}%（${model.modeLabel}）。${s.summary}` },
    {
      kind: 'table',
      columns: columns(),
      rows: s.items.map((i, k) => ({
        cells: [String(k + 1), i.project, i.name, pct(i.completion), pct(i.expectedProgress), i.gap === null ? '—' : percentText(i.gap), i.lag === 'red' ? '红' : '黄'],
        lag: i.lag,
      })),
      shading: {
        yellow: { fill: hex(colours.yellowFill), color: hex(colours.yellowFont) },
        red: { fill: hex(colours.redFill), color: hex(colours.redFont) },
      },
    },
    ...s.items.map((i, k): DocBlock => ({ kind: 'text', style: 'item', text: `${k + 1}. ${i.text}` })),
  ];
  if (s.request) blocks.push({ kind: 'text', style: 'body', text: s.request });
  return { blocks, pageNumber: { before: '— ', after: ' —', oddAlign: 'right', evenAlign: 'left' } };
}

/**
 * A file name for a department's document: characters Windows does not allow in names replaced.
 * @example supervisionFileName('人社局', 3) === '督办清单-第3期-人社局.docx'
 */
export function supervisionFileName(dept: string, issue: number): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in Windows file names
  const safe = dept.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_').slice(0, 80) || '_';
  return `督办清单-第${issue}期-${safe}.docx`;
}

/**
 * Every department's 督办清单 as .docx bytes, each with its file name (unique even when two names
 * clean to the same one).
 * @example (await supervisionDocs(result.supervision, model, settings))[0]?.name === '督办清单-第3期-住建局.docx'
 */
export async function supervisionDocs(list: Supervision[], model: Context, settings: Pick<Settings, 'colours' | 'issue'>): Promise<{ name: string; dept: string; bytes: Uint8Array }[]> {
  const used = new Set<string>();
  const out: { name: string; dept: string; bytes: Uint8Array }[] = [];
  for (const s of list) {
    let name = supervisionFileName(s.dept, settings.issue);
    for (let k = 2; used.has(name.toLowerCase()); k++) name = supervisionFileName(`${s.dept}-${k}`, settings.issue);
    used.add(name.toLowerCase());
    const doc = documentOf(layoutSupervisionDoc(s, model, settings.colours), { title: `${model.title}督办清单（${s.dept}）`, description: `${model.issueLabel} ${model.dateText}` });
    out.push({ name, dept: s.dept, bytes: await packDocument(doc) });
  }
  return out;
}
