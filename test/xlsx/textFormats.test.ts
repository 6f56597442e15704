/**
 * SpreadsheetML 2003 and CSV in three encodings, written by the test builders
 * (test/builders/textTables.ts), read through the one reading path: the same cells, number
 * formats, merges, hidden rows and sheets, and the same indicators as each other.
 */
import { parseSettings } from '../../src/domain/settings';
import { runBuild } from '../../src/engine/runBuild';
import { XlsxBufferSource, readWorkbookBytes } from '../../src/xlsx/xlsxSource';
import { TextTableCell, csvBytes, spreadsheetMl2003 } from '../builders/textTables';

const TRACKER: TextTableCell[][] = [
  ['2026年重点民生实事项目推进情况统计表'],
  ['填报单位：人社局　数据截至：2026年3月20日'],
  ['序号', '指标名称', '全年目标', '单位', '累计完成', '完成率', '进展情况'],
  [1, '新增城镇就业', 6000, '人', 1386, '23.1%', '已完成1,386人，稳步推进'],
  [2, '发放创业担保贷款', 9500, '万元', 460, '4.84%', '已发放"460"万元'],
];

async function indicators(name: string, data: Uint8Array): Promise<unknown[]> {
  const outcome = await runBuild({ source: new XlsxBufferSource([{ name, data }]), settings: parseSettings({}), sink: null, today: '2026-03-23' });
  return outcome.result.indicators.map((i) => [i.name, i.target, i.done, i.unit, i.completion, i.status]);
}

describe('SpreadsheetML 2003 (.xml)', () => {
  it('reads values, number formats, merges, hidden rows and hidden sheets', async () => {
    const bytes = spreadsheetMl2003([
      {
        name: '2026年民生实事',
        rows: [['标题'], ['指标', '目标', '完成率', '截至'], ['就业', 6000, { v: 0.231, fmt: '0.00%' }, { v: 46101, fmt: 'yyyy"年"m"月"d"日"' }], ['隐藏行', 1]],
        merges: [[1, 1, 3, 0]],
        hiddenRows: [4],
      },
      { name: '填报说明', rows: [['说明']], hidden: true },
    ]);
    const r = await readWorkbookBytes('残联.xml', bytes);
    expect(r.failures).toEqual([]);
    const [g, notes] = r.grids;
    expect(g?.sheet).toBe('2026年民生实事');
    expect(g?.rows[2]).toEqual([{ v: '就业' }, { v: 6000 }, { v: 0.231, fmt: '0.00%' }, { v: { date: '2026-03-20' }, fmt: 'yyyy"年"m"月"d"日"' }]);
    expect(g?.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
    expect(g?.hiddenRows).toEqual([4]);
    expect(notes?.hidden).toBe(true);
  });

  it('gives the indicators a CSV of the same table gives', async () => {
    const xml = await indicators('人社局.xml', spreadsheetMl2003([{ name: '人社局', rows: TRACKER }]));
    expect(xml).toHaveLength(2);
    expect(xml).toEqual(await indicators('人社局.csv', csvBytes(TRACKER, 'utf8')));
  });
});

describe('CSV in UTF-8, GBK and UTF-16', () => {
  it.each(['utf8', 'utf8-bom', 'gbk', 'utf16le'] as const)('%s: the same cells and indicators', async (encoding) => {
    const bytes = csvBytes(TRACKER, encoding);
    const r = await readWorkbookBytes('人社局.csv', bytes);
    expect(r.failures).toEqual([]);
    expect(r.grids[0]?.rows[3]).toEqual([{ v: 1 }, { v: '新增城镇就业' }, { v: 6000 }, { v: '人' }, { v: 1386 }, { v: '23.1%' }, { v: '已完成1,386人，稳步推进' }]);
    expect(r.grids[0]?.rows[4]?.[6]).toEqual({ v: '已发放"460"万元' });
    expect(await indicators('人社局.csv', bytes)).toEqual(await indicators('人社局.csv', csvBytes(TRACKER, 'utf8')));
  });

  it('a GBK text under an .xls name laid out as a table is read as one (Excel opens it so)', async () => {
    const r = await readWorkbookBytes('人社局.xls', csvBytes(TRACKER, 'gbk'));
    expect(r.failures).toEqual([]);
    expect(r.grids[0]?.rows[3]?.[1]).toEqual({ v: '新增城镇就业' });
  });
});
