/**
 * The layout patterns end to end through `zhuanbao build` from an .xlsx file written with ExcelJS:
 * the as-of date from the file name, a merged group heading over month columns, a column of
 * sentences of target and progress, two columns for one role, hidden columns and rows, the
 * department's own judgement.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { BuildResult, ResultSchema } from '../../src/domain/resultSchema';

async function writeBook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('住建局');
  ws.addRow(['序号', '指标名称', '全年目标', '单位', '分月完成情况（当月数）', null, null, '是否达到序时进度']);
  ws.addRow([null, null, null, null, '1月', '2月', '3月', null]);
  ws.addRow([1, '改造老旧小区', 40, '个', 3, 2, 4, '是']);
  ws.addRow([2, '新建公共充电桩', 600, '个', 20, 10, 30, '是']);
  for (const m of ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:G1', 'H1:H2']) ws.mergeCells(m);
  const ws2 = wb.addWorksheet('民政局');
  ws2.addRow(['序号', '指标名称', '目标任务及完成情况', '上月累计', '本月累计', '责任单位']);
  ws2.addRow([1, '农村危房改造', '年度目标500户，截至目前已完成120户，完成率24%', null, null, '住建局']);
  ws2.addRow([2, '建设养老服务床位', 200, 30, 55, '民政局']);
  const ws3 = wb.addWorksheet('教育局');
  ws3.addRow(['指标名称', '全年目标', '单位', '累计完成', '累计完成']);
  ws3.addRow(['新建幼儿园', 12, '所', 1, 3]);
  ws3.addRow(['辅助计算', 1, '所', 1, 1]);
  ws3.getColumn(4).hidden = true; // last month's figures, hidden
  ws3.getRow(3).hidden = true;
  await wb.xlsx.writeFile(file);
}

describe('zhuanbao build over layouts the fixtures do not show', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-layouts-'));
    fs.mkdirSync(path.join(tmp, 'in'));
    await writeBook(path.join(tmp, 'in', '汇总表（截至2026年3月20日）.xlsx'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test.each([['day', 21.64], ['month', 16.67]] as const)('%s mode', async (mode, expected) => {
    const json = path.join(tmp, `${mode}.json`);
    const code = await main(['build', path.join(tmp, 'in'), '--mode', mode, '--json', json, '--out', path.join(tmp, `${mode}.xlsx`), '--quiet'], { out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    const r: BuildResult = ResultSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8')));
    expect(r.asOf).toBe('2026-03-20');
    const by = (name: string) => r.indicators.find((i) => i.name === name);
    expect(r.indicators.map((i) => i.name).sort()).toEqual(['农村危房改造', '建设养老服务床位', '改造老旧小区', '新建公共充电桩', '新建幼儿园'].sort());
    expect(by('新建幼儿园')).toMatchObject({ done: 3, source: { cells: { done: 'E2' } } });
    expect(r.skipped.filter((x) => x.reason === 'hidden_row').map((x) => [x.sheet, x.row])).toEqual([['教育局', 3]]);
    expect(by('改造老旧小区')).toMatchObject({ target: 40, done: 9, completion: 22.5, expectedProgress: expected });
    expect(by('新建公共充电桩')).toMatchObject({ target: 600, done: 60, completion: 10, status: 'behind' });
    expect(by('农村危房改造')).toMatchObject({ target: 500, done: 120, reportedCompletion: 24, dept: '住建局' });
    expect(by('建设养老服务床位')).toMatchObject({ done: 55, source: { cells: { done: 'E3' } } });
    const choices = r.findings.filter((f) => f.code === 'layout_choice');
    expect(choices.map((f) => `${f.sheet}@${f.cell}`).sort()).toEqual(['住建局@E2', '教育局@A3', '教育局@E1', '民政局@E1']);
    expect(choices.find((f) => f.cell === 'E1' && f.sheet === '教育局')?.message).toContain('D 列是隐藏列');
    expect(choices.find((f) => f.cell === 'A3')?.message).toContain('第 3 行是隐藏行');
    // 改造老旧小区 is 22.5 % against 21.64 or 16.67: 是 agrees; 新建公共充电桩 is behind: 是 disagrees, ours stands
    expect(r.findings.filter((f) => f.code === 'judgement_mismatch').map((f) => f.cell)).toEqual(['H4']);
  });
});
