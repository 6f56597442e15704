import { layoutSupervisionDoc, supervisionDocs, supervisionFileName } from '../../src/docx/supervisionDoc';
import { Supervision } from '../../src/domain/chasingSchema';
import { parseSettings } from '../../src/domain/settings';
import { unzipSync, strFromU8 } from 'fflate';

const settings = parseSettings({ issue: 3 });
const ctx = { title: '专报', issueLabel: '第 3 期', office: '专班', dateText: '2026 年 3 月 31 日', asOf: '2026-03-31', timeProgress: 24.66, modeLabel: '按天计算' };
const block = (dept: string, request: string | null = null): Supervision => ({
  dept, red: 1, yellow: 1, summary: `${dept}共有 2 个指标未达到序时进度（红色 1 个、黄色 1 个）。`, request,
  items: [
    { indicatorId: 1, section: '省级', project: '劳有所得', name: '新增城镇就业', completion: 5, expectedProgress: 24.66, gap: 19.66, lag: 'red', text: '「新增城镇就业」完成率 5%，序时进度 24.66%，低于序时进度 19.66 个百分点（红）。' },
    { indicatorId: 2, section: '省级', project: '劳有所得', name: '技能培训', completion: null, expectedProgress: 24.66, gap: null, lag: 'yellow', text: '「技能培训」暂无完成率，序时进度 24.66%（黄）。' },
  ],
});

describe('the 督办清单 Word document', () => {
  test('title, issue, office and date, the rule, the department, its table shaded by grade, each line, the request', () => {
    const layout = layoutSupervisionDoc(block('人社局', '请人社局加快推进。'), ctx, settings.colours);
    const kinds = layout.blocks.map((b) => b.kind);
    expect(kinds.slice(0, 4)).toEqual(['text', 'text', 'text', 'rule']);
    expect(layout.blocks[0]).toEqual({ kind: 'text', style: 'title', text: '专报督办清单' });
    const table = layout.blocks.find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' ? table.rows.map((r) => [r.cells, r.lag]) : null).toEqual([
      [['1', '劳有所得', '新增城镇就业', '5%', '24.66%', '19.66', '红'], 'red'],
      [['2', '劳有所得', '技能培训', '—', '24.66%', '—', '黄'], 'yellow'],
    ]);
    const texts = layout.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    expect(texts).toContain('人社局：');
    expect(texts).toContain('1. 「新增城镇就业」完成率 5%，序时进度 24.66%，低于序时进度 19.66 个百分点（红）。');
    expect(texts.at(-1)).toBe('请人社局加快推进。');
    expect(layoutSupervisionDoc(block('人社局'), ctx, settings.colours).blocks.at(-1)?.kind).toBe('text');
    expect(layoutSupervisionDoc(block('人社局'), ctx, settings.colours).blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])).some((t) => t.includes('加快推进'))).toBe(false);
  });

  test('file names: characters Windows refuses replaced, unique per department', async () => {
    expect(supervisionFileName('人社局', 3)).toBe('督办清单-第3期-人社局.docx');
    expect(supervisionFileName('A/B:局?', 3)).toBe('督办清单-第3期-A_B_局_.docx');
    expect(supervisionFileName('..局', 1)).toBe('督办清单-第1期-_局.docx');
    const docs = await supervisionDocs([block('A/局'), block('A:局')], ctx, settings);
    expect(docs.map((d) => d.name)).toEqual(['督办清单-第3期-A_局.docx', '督办清单-第3期-A_局-2.docx']);
    const xml = strFromU8(unzipSync(docs[0]!.bytes)['word/document.xml']!);
    expect(xml).toContain('A/局：');
    expect(xml).toContain('w:pgSz');
  });
});
