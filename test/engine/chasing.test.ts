/**
 * Chasing the departments over three issues built in a row from builders: 教育局 drops out in issue
 * 2 and comes back in issue 3; 文旅局 resends issue 2's figures unchanged in issue 3; 卫健局 sends half
 * its indicators in issue 3; 市人社局 writes its name with the prefix in issue 3.
 */
import { deptSheet, issuesInARow } from '../builders/deptIssues';
import { reportingSentences } from '../../src/domain/chasingBlocks';
import { ResultSchema } from '../../src/domain/resultSchema';
import { parseSettings } from '../../src/domain/settings';
import { layoutBulletinDoc } from '../../src/docx/docLayout';

const 人社 = (done: number, name = '人社局') => deptSheet(name, [
  { name: '新增城镇就业', target: 6000, done, unit: '人' },
  { name: '城镇调查失业率', target: 5.5, done: 5.2, unit: '%' },
], '人社局.xlsx');
const 教育 = (done: number) => deptSheet('教育局', [{ name: '新建幼儿园', target: 10, done }]);
const 文旅 = (done: number, text: string) => deptSheet('文旅局', [
  { name: '送戏下乡', target: 200, done, unit: '场', progress: text },
  { name: '公共文化场馆改造', target: 4, done: 1, progress: '1 个已完工' },
]);
const 卫健 = (done: number, all = true) => deptSheet('卫健局', [
  { name: '家庭医生签约', target: 1000, done },
  { name: '村卫生室标准化', target: 40, done: Math.round(done / 25) },
  ...(all ? [{ name: '免费两癌筛查', target: 5000, done: done * 5 }, { name: '120 急救站点', target: 8, done: 2 }] : []),
]);

async function threeIssues(settings = {}) {
  return issuesInARow([
    { issue: 1, asOf: '2026-01-31', grids: [人社(500), 教育(1), 文旅(10, '已演出 10 场'), 卫健(80)] },
    { issue: 2, asOf: '2026-02-28', grids: [人社(1000), 文旅(30, '已演出 30 场'), 卫健(160)] },
    { issue: 3, asOf: '2026-03-31', grids: [人社(1500, '市人社局'), 教育(3), 文旅(30, '已演出 30 场'), 卫健(240, false)] },
  ], { deptPrefixes: ['市'], ...settings });
}

describe('报送情况 over three issues', () => {
  test('issue 1: no earlier issue, so no 未报送 and the reason is given', async () => {
    const [first] = await threeIssues();
    const r = first!.result.reporting!;
    expect(r.basis).toBe('none');
    expect(r.counts).toEqual({ expected: 0, reported: 0, missing: 0, partial: 0, unexpected: 4 });
    expect(r.note).toContain('没有上一期的快照');
    expect(first!.result.findings.filter((f) => f.code === 'figures_unchanged')).toEqual([]);
    // Nothing to judge by: the bulletin sheet has no 报送情况 block.
    expect(first!.sheets[0]!.rows.some((row) => row.cells[0]?.value === '【报送情况】')).toBe(false);
  });

  test('issue 2: 教育局 dropped out', async () => {
    const [, second] = await threeIssues();
    const r = second!.result.reporting!;
    expect(r.basis).toBe('previous');
    expect(r.counts).toEqual({ expected: 4, reported: 3, missing: 1, partial: 0, unexpected: 0 });
    expect(r.departments.find((d) => d.dept === '教育局')).toMatchObject({ status: 'missing', indicators: 0, comparedIssue: 1, previousIndicators: 1, missingLastIssue: false });
    // The unemployment rate (5.2 %) and the venues (1) stayed as they were in issue 1.
    expect(reportingSentences(r)).toEqual([
      '本期应报单位 4 个，已报送 3 个，报送不全 0 个，未报送 1 个。',
      '未报送：教育局。',
      '部分数据未更新：人社局 1 个指标与第 1 期相同；文旅局 1 个指标与第 1 期相同；卫健局 1 个指标与第 1 期相同。',
    ]);
    const sheet = second!.sheets[0]!;
    const at = sheet.rows.findIndex((row) => row.cells[0]?.value === '【报送情况】');
    expect(at).toBeGreaterThan(0);
    expect(sheet.rows[at + 2]?.cells[0]?.value).toBe('　　未报送：教育局。');
  });

  test('issue 3: 教育局 back, 文旅局 unchanged, 卫健局 half, 市人社局 one department with 人社局', async () => {
    const [, , third] = await threeIssues();
    const result = third!.result;
    expect(() => ResultSchema.parse(result)).not.toThrow();
    const r = result.reporting!;
    // 教育局 is still expected: it was 未报送 in issue 2.
    expect(r.counts).toEqual({ expected: 4, reported: 3, missing: 0, partial: 1, unexpected: 0 });
    const by = (d: string) => r.departments.find((x) => x.dept === d);
    expect(by('教育局')).toMatchObject({ status: 'reported', missingLastIssue: true, comparedIssue: 1, indicators: 1 });
    expect(by('卫健局')).toMatchObject({ status: 'partial', indicators: 2, previousIndicators: 4, comparedIssue: 2, missing: ['免费两癌筛查', '120 急救站点'] });
    expect(by('文旅局')).toMatchObject({ status: 'reported', unchanged: 2, allUnchanged: true, comparedIssue: 2 });
    expect(by('市人社局')).toMatchObject({ status: 'reported', unchanged: 1, allUnchanged: false, otherNames: [] });
    expect(r.departments).toHaveLength(4);
    expect(r.unchangedDepartments).toEqual(['文旅局']);

    const codes = (c: string) => result.findings.filter((f) => f.code === c);
    // 文旅局's two figures, and 人社局's unemployment rate that stayed at 5.2 %.
    expect(codes('figures_unchanged').map((f) => f.message)).toEqual([
      expect.stringContaining('市人社局「城镇调查失业率」'),
      expect.stringContaining('文旅局「送戏下乡」的累计完成（30 场）和进展情况与第 2 期'),
      expect.stringContaining('文旅局「公共文化场馆改造」'),
    ]);
    expect(codes('dept_resent')).toHaveLength(1);
    expect(codes('dept_resent')[0]?.message).toContain('文旅局本期报送的 2 个指标');
    expect(reportingSentences(r)).toEqual([
      '本期应报单位 4 个，已报送 3 个，报送不全 1 个，未报送 0 个。',
      '报送不全：卫健局（本期 2 个指标，第 2 期 4 个，未报：免费两癌筛查、120 急救站点）。',
      '上期未报送、本期已报送：教育局。',
      '数据未更新：文旅局（2 个指标）的累计完成和进展情况均与第 2 期相同，可能重复报送了上期表格。',
      '部分数据未更新：市人社局 1 个指标与第 2 期相同。',
    ]);
  });

  test('a department listed in the settings is expected from the first issue', async () => {
    const [first] = await threeIssues({ expectedDepartments: ['民政局', '教育局'] });
    const r = first!.result.reporting!;
    expect(r.basis).toBe('settings');
    expect(r.counts).toEqual({ expected: 2, reported: 1, missing: 1, partial: 0, unexpected: 3 });
    expect(reportingSentences(r)[0]).toBe('本期应报单位 2 个，已报送 1 个，报送不全 0 个，未报送 1 个；另有 3 个单位报送了数据（不在应报名单中）。');
    expect(r.departments.find((d) => d.dept === '民政局')).toMatchObject({ status: 'missing', expectedBy: 'settings' });
    expect(r.note).toContain('仅按设置中的名单判断');
  });

  test('one department under two names in one issue: one department and a finding', async () => {
    const [only] = await issuesInARow([{ issue: 1, asOf: '2026-01-31', grids: [人社(500), deptSheet('市人社局', [{ name: '技能培训', target: 100, done: 30 }], '人社局-补报.xlsx')] }], { deptPrefixes: ['市'] });
    const r = only!.result.reporting!;
    expect(r.departments).toHaveLength(1);
    expect(r.departments[0]).toMatchObject({ dept: '人社局', indicators: 3, otherNames: ['市人社局'] });
    const f = only!.result.findings.filter((x) => x.code === 'dept_two_names');
    expect(f).toHaveLength(1);
    expect(f[0]?.file).toBe('人社局-补报.xlsx');
  });
});

describe('督办清单 and 排名', () => {
  test('a block per department with lagging indicators, one department a page', async () => {
    const [, , third] = await threeIssues({ supervisionPhrase: '请{单位}对照序时进度加快推进。' });
    const list = third!.result.supervision!;
    expect(list.length).toBeGreaterThan(1);
    for (const s of list) {
      expect(s.items.length).toBe(s.red + s.yellow);
      expect(s.request).toBe(`请${s.dept}对照序时进度加快推进。`);
      expect(s.summary).toMatch(new RegExp(`^${s.dept}共有 ${s.items.length} 个指标未达到序时进度（`));
      for (const i of s.items) expect(i.text).toMatch(/^「.+」完成率 [\d.]+%，序时进度 [\d.]+%，低于序时进度 [\d.]+ 个百分点（[红黄]）。$/);
    }
    // Every lagging indicator is in exactly one block.
    const ids = list.flatMap((s) => s.items.map((i) => i.indicatorId)).sort((a, b) => a - b);
    expect(ids).toEqual(third!.bulletin.lagging.map((l) => l.indicatorId).sort((a, b) => a - b));
    const sheet = third!.sheets.find((s) => s.name === '督办清单')!;
    const starts = sheet.rows.flatMap((row, k) => (typeof row.cells[0]?.value === 'string' && row.cells[0].value.startsWith('责任单位：') ? [k + 1] : []));
    expect(starts).toHaveLength(list.length);
    // A break above each block's title row after the first (the title is two rows above 责任单位).
    expect(sheet.print?.breaksBefore).toEqual(starts.slice(1).map((r) => r - 2));
    expect(sheet.rows.some((row) => row.cells[0]?.value === `　　请${list[0]!.dept}对照序时进度加快推进。`)).toBe(true);
  });

  test('no phrase in the settings: no request is written', async () => {
    const [, , third] = await threeIssues();
    expect(third!.result.supervision!.every((s) => s.request === null)).toBe(true);
    const sheet = third!.sheets.find((s) => s.name === '督办清单')!;
    expect(sheet.rows.some((row) => typeof row.cells[0]?.value === 'string' && row.cells[0].value.includes('加快推进'))).toBe(false);
  });

  test('排名 is in the JSON always and in the bulletin sheet only when turned on', async () => {
    const [, , off] = await threeIssues();
    expect(off!.result.ranking!.length).toBeGreaterThan(0);
    expect(off!.sheets[0]!.rows.some((row) => String(row.cells[0]?.value ?? '').startsWith('【各单位推进情况排名】'))).toBe(false);
    const [, , on] = await threeIssues({ ranking: true });
    const rows = on!.sheets[0]!.rows;
    const at = rows.findIndex((row) => String(row.cells[0]?.value ?? '').startsWith('【各单位推进情况排名】'));
    expect(at).toBeGreaterThan(0);
    const ranking = on!.result.ranking!;
    expect(rows[at + 2]?.cells.slice(0, 2).map((c) => c?.value)).toEqual([ranking[0]!.rank, ranking[0]!.dept]);
    for (let k = 1; k < ranking.length; k++) {
      const [a, b] = [ranking[k - 1]!, ranking[k]!];
      expect(a.share > b.share || (a.share === b.share && (a.meanCompletion ?? -1) >= (b.meanCompletion ?? -1))).toBe(true);
    }
  });
});

describe('the Word bulletin', () => {
  test('carries 【报送情况】 once there is an earlier issue, and the 排名 when on', async () => {
    const [first, , third] = await threeIssues({ ranking: true });
    const texts = (o: typeof first) => layoutBulletinDoc(o!.bulletin, parseSettings({}).colours).blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    expect(texts(first)).not.toContain('【报送情况】');
    const t3 = texts(third);
    const at = t3.indexOf('【报送情况】');
    expect(at).toBeGreaterThan(0);
    expect(t3[at + 1]).toBe('本期应报单位 4 个，已报送 3 个，报送不全 1 个，未报送 0 个。');
    expect(t3.some((t) => t.startsWith('【各单位推进情况排名】'))).toBe(true);
    expect(t3.indexOf('【报送情况】')).toBeLessThan(t3.findIndex((t) => t.startsWith('【数据核查】')));
  });
});
