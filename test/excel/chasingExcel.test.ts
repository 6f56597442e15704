/**
 * Chasing the departments in Excel, through the same ports as the CLI: three issues built in a row
 * into a fake workbook with the office.js sink and the history kept in `_zhuanbao_history`. The
 * 报送情况 of issue 3 is judged against the snapshots read back from the workbook; the 督办清单 sheet
 * is written beside the bulletin with a page break above each department's block, and re-running
 * replaces it without touching the clerk's own sheets.
 */
import { parseSettings } from '../../src/domain/settings';
import { buildSupervisionSheet } from '../../src/domain/supervisionSheet';
import { runBuild } from '../../src/engine/runBuild';
import { ExcelBulletinSink } from '../../src/excel/excelSink';
import { ExcelSnapshotStore } from '../../src/excel/excelSnapshotStore';
import { deptSheet, gridsSource } from '../builders/deptIssues';
import { FakeExcel } from './fakeExcel';

const 人社 = (done: number) => deptSheet('人社局', [{ name: '新增城镇就业', target: 6000, done, unit: '人' }, { name: '技能培训', target: 100, done: done / 100 }]);
const 教育 = (done: number) => deptSheet('教育局', [{ name: '新建幼儿园', target: 10, done }]);
const 文旅 = (done: number) => deptSheet('文旅局', [{ name: '送戏下乡', target: 200, done, progress: `已演出 ${done} 场` }]);
const 卫健 = (all: boolean, done: number) => deptSheet('卫健局', [{ name: '家庭医生签约', target: 1000, done }, ...(all ? [{ name: '两癌筛查', target: 500, done: 20 }] : [])]);

describe('chasing in Excel', () => {
  test('three issues into one workbook: 报送情况 from the hidden history, the 督办清单 sheet with its page breaks', async () => {
    const x = new FakeExcel();
    x.addSheet('我的工作表');
    const sink = new ExcelBulletinSink({ runner: x.run });
    const history = new ExcelSnapshotStore({ runner: x.run });
    const issues = [
      { issue: 1, asOf: '2026-01-31', grids: [人社(300), 教育(1), 文旅(5), 卫健(true, 50)] },
      { issue: 2, asOf: '2026-02-28', grids: [人社(600), 文旅(10), 卫健(true, 100)] },
      { issue: 3, asOf: '2026-03-31', grids: [人社(900), 教育(2), 文旅(10), 卫健(false, 150)] },
    ];
    const outcomes = [];
    for (const i of issues) {
      const settings = parseSettings({ issue: i.issue, asOf: i.asOf, supervisionPhrase: '请{单位}加快推进。' });
      outcomes.push(await runBuild({ source: gridsSource(i.grids), settings, sink, history }));
    }
    const [, second, third] = outcomes;
    expect(second!.result.reporting?.departments.find((d) => d.dept === '教育局')?.status).toBe('missing');
    const r = third!.result.reporting!;
    expect(r.counts).toEqual({ expected: 4, reported: 3, missing: 0, partial: 1, unexpected: 0 });
    expect(r.departments.find((d) => d.dept === '教育局')).toMatchObject({ status: 'reported', missingLastIssue: true });
    expect(r.departments.find((d) => d.dept === '卫健局')).toMatchObject({ status: 'partial', missing: ['两癌筛查'] });
    expect(r.unchangedDepartments).toEqual(['文旅局']);

    expect(x.sheets.map((s) => s.name)).toEqual(['工作专报', '汇总台账', '督办清单', '我的工作表', '_zhuanbao_history']);
    const model = buildSupervisionSheet(third!.result.supervision!, third!.bulletin, parseSettings({ issue: 3 }));
    expect(model.print?.breaksBefore?.length).toBe(third!.result.supervision!.length - 1);
    expect(x.sheet('督办清单').page['breaksBefore']).toEqual(model.print?.breaksBefore);
    expect(x.cell('督办清单', 'A3')?.v).toBe(`责任单位：${third!.result.supervision![0]!.dept}`);
    // The bulletin sheet carries the 报送情况 block.
    const bulletinRows = third!.sheets[0]!.rows.map((row) => row.cells[0]?.value);
    const at = bulletinRows.indexOf('【报送情况】');
    expect(at).toBeGreaterThan(0);
    expect(x.cell('工作专报', `A${at + 1}`)?.v).toBe('【报送情况】');

    // The workbook's snapshots keep 报送情况 (the next issue's expected departments), not the 督办清单.
    const stored = (await history.list()).snapshots;
    expect(stored.map((x) => x.issue)).toEqual([1, 2, 3]);
    expect(stored[1]!.result.reporting?.departments.find((d) => d.dept === '教育局')?.status).toBe('missing');
    expect(stored[2]!.result.supervision).toBeUndefined();
    expect(stored[2]!.result.ranking).toBeUndefined();

    // Re-running issue 3 with everyone on schedule replaces the 督办清单 sheet (no blocks, no breaks).
    const again = await runBuild({ source: gridsSource([人社(6000), 教育(10), 文旅(200), 卫健(false, 1000)]), settings: parseSettings({ issue: 3, asOf: '2026-03-31' }), sink, history });
    expect(again.result.supervision).toEqual([]);
    expect(x.sheets.map((s) => s.name)).toEqual(['工作专报', '汇总台账', '督办清单', '我的工作表', '_zhuanbao_history']);
    expect(x.cell('督办清单', 'A4')?.v).toBe('　　本期所有已下达任务的指标均达到序时进度，无需督办。');
    expect(x.sheet('督办清单').page['breaksBefore']).toBeUndefined();
  });
});
