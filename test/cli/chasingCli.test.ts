/**
 * `zhuanbao build --history DIR --out FILE --json FILE --docx-dir DIR` over three issues built in a
 * row from department workbooks written to disk: 教育局 drops out in issue 2 and comes back in issue
 * 3, 文旅局 resends issue 2's figures in issue 3, 卫健局 sends half its indicators in issue 3. The
 * printed 报送情况, the JSON, the 督办清单 sheet (a page break above each department's block, as
 * written to the .xlsx) and the Word files (opened by LibreOffice) are checked.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { BuildResult, ResultSchema } from '../../src/domain/resultSchema';
import { unzipSync, strFromU8 } from 'fflate';
import { soffice, which } from '../support/commands';

type Row = [string, number, string, number, string];

async function writeDept(dir: string, dept: string, rows: Row[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('民生实事');
  ws.addRow(['指标名称', '全年目标', '单位', '累计完成', '进展情况', '责任单位']);
  for (const r of rows) ws.addRow([...r, dept]);
  await wb.xlsx.writeFile(path.join(dir, `${dept}.xlsx`));
}

const 人社 = (done: number): Row[] => [['新增城镇就业', 6000, '人', done, '稳步推进'], ['技能培训', 2000, '人次', done / 3, '']];
const 教育 = (done: number): Row[] => [['新建幼儿园', 10, '所', done, '']];
const 文旅 = (done: number): Row[] => [['送戏下乡', 200, '场', done, `已演出 ${done} 场`], ['公共文化场馆改造', 4, '个', 1, '1 个已完工']];
const 卫健 = (done: number, all = true): Row[] => [
  ['家庭医生签约', 1000, '人', done, ''], ['村卫生室标准化', 40, '个', done / 20, ''],
  ...(all ? ([['免费两癌筛查', 5000, '人', done * 5, ''], ['急救站点建设', 8, '个', done / 50, '']] as Row[]) : []),
];

const rendering = Boolean(soffice && which('pdftotext'));
const squash = (s: string): string => s.replace(/\s+/g, '');

describe('chasing the departments from the CLI over three issues', () => {
  let tmp: string;
  const outs: { code: number; out: string; err: string; result: BuildResult; xlsx: string; docs: string }[] = [];

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-chase-'));
    const snaps = path.join(tmp, 'snaps');
    const issues: [string, [string, Row[]][]][] = [
      ['2026-01-31', [['人社局', 人社(600)], ['教育局', 教育(1)], ['文旅局', 文旅(10)], ['卫健局', 卫健(60)]]],
      ['2026-02-28', [['人社局', 人社(1200)], ['文旅局', 文旅(30)], ['卫健局', 卫健(120)]]],
      ['2026-03-31', [['人社局', 人社(1500)], ['教育局', 教育(2)], ['文旅局', 文旅(30)], ['卫健局', 卫健(180, false)]]],
    ];
    const settingsFile = path.join(tmp, 'settings.json');
    fs.writeFileSync(settingsFile, JSON.stringify({ supervisionPhrase: '请{单位}对照序时进度加快推进。' }));
    for (const [n, [asOf, depts]] of issues.entries()) {
      const input = path.join(tmp, `in${n + 1}`);
      fs.mkdirSync(input);
      for (const [dept, rows] of depts) await writeDept(input, dept, rows);
      const json = path.join(tmp, `r${n + 1}.json`);
      const xlsx = path.join(tmp, `b${n + 1}.xlsx`);
      const docs = path.join(tmp, `docs${n + 1}`);
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(['build', input, '--as-of', asOf, '--history', snaps, '--settings', settingsFile, '--json', json, '--out', xlsx, '--docx-dir', docs],
        { out: (s) => void out.push(s), err: (s) => void err.push(s) });
      outs.push({ code, out: out.join(''), err: err.join(''), result: ResultSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8'))), xlsx, docs });
    }
  }, 120_000);
  afterAll(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

  test('issue 1: no earlier issue, and the CLI says why', () => {
    const [first] = outs;
    expect(first!.code).toBe(0);
    expect(first!.result.reporting?.basis).toBe('none');
    expect(first!.out).toContain('报送情况：本期报送单位 4 个。');
    expect(first!.out).toContain('注：没有上一期的快照');
  });

  test('issue 2 prints 教育局 as 未报送; issue 3 prints the half-sent, the returned and the resent', () => {
    const [, second, third] = outs;
    expect(second!.out).toContain('报送情况：本期应报单位 4 个，已报送 3 个，报送不全 0 个，未报送 1 个。');
    expect(second!.out).toContain('未报送：教育局。');
    expect(third!.out).toContain('报送情况：本期应报单位 4 个，已报送 3 个，报送不全 1 个，未报送 0 个。');
    expect(third!.out).toContain('报送不全：卫健局（本期 2 个指标，第 2 期 4 个，未报：免费两癌筛查、急救站点建设）。');
    expect(third!.out).toContain('上期未报送、本期已报送：教育局。');
    expect(third!.out).toContain('数据未更新：文旅局（2 个指标）的累计完成和进展情况均与第 2 期相同，可能重复报送了上期表格。');
    const r = third!.result;
    expect(r.reporting?.unchangedDepartments).toEqual(['文旅局']);
    expect(r.findings.filter((f) => f.code === 'figures_unchanged').map((f) => [f.file, f.cell])).toEqual([['文旅局.xlsx', 'D2'], ['文旅局.xlsx', 'D3']]);
  });

  test('the 督办清单 sheet in the .xlsx: a block per department, a page break above each after the first', () => {
    const third = outs[2]!;
    const list = third.result.supervision!;
    expect(list.length).toBeGreaterThanOrEqual(2);
    const zip = unzipSync(fs.readFileSync(third.xlsx));
    const wbXml = strFromU8(zip['xl/workbook.xml']!);
    const names = [...wbXml.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['工作专报', '汇总台账', '督办清单']);
    const sheetXml = strFromU8(zip['xl/worksheets/sheet3.xml']!);
    const breaks = [...sheetXml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(breaks).toHaveLength(list.length - 1);
    expect(sheetXml).toContain('<pageSetup paperSize="9" orientation="portrait"');
  });

  test('re-running the issue replaces its Word files and keeps the others in the folder', async () => {
    const third = outs[2]!;
    const files = fs.readdirSync(third.docs).sort();
    expect(files).toEqual(third.result.supervision!.map((s) => `督办清单-第3期-${s.dept}.docx`).sort());
    expect(third.err).toContain(`督办清单 Word 文件 ${files.length} 个已写入`);
    fs.writeFileSync(path.join(third.docs, '督办清单-第3期-已撤销单位.docx'), 'old');
    fs.writeFileSync(path.join(third.docs, '督办清单-第2期-人社局.docx'), 'issue 2');
    fs.writeFileSync(path.join(third.docs, '我的笔记.docx'), 'mine');
    const code = await main(['build', path.join(tmp, 'in3'), '--as-of', '2026-03-31', '--issue', '3', '--history', path.join(tmp, 'snaps'), '--settings', path.join(tmp, 'settings.json'), '--docx-dir', third.docs, '--quiet'],
      { out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    expect(fs.readdirSync(third.docs).sort()).toEqual([...files, '督办清单-第2期-人社局.docx', '我的笔记.docx'].sort());
    expect(fs.readFileSync(path.join(third.docs, '我的笔记.docx'), 'utf8')).toBe('mine');
  });

  const maybe = rendering ? test : test.skip;
  maybe('each Word file opens in LibreOffice: A4, the department, its indicators and the request', () => {
    const third = outs[2]!;
    const profile = pathToFileURL(path.join(tmp, 'lo-profile')).href;
    const pdfDir = path.join(tmp, 'pdf');
    const list = third.result.supervision!;
    const docs = list.map((s) => path.join(third.docs, `督办清单-第3期-${s.dept}.docx`));
    execFileSync(soffice as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...docs], { stdio: 'pipe', timeout: 240_000 });
    list.forEach((s, k) => {
      const pdf = path.join(pdfDir, path.basename(docs[k]!).replace(/\.docx$/, '.pdf'));
      expect(fs.existsSync(pdf)).toBe(true);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
      expect([Math.round(Number(size?.[1])), Math.round(Number(size?.[2]))]).toEqual([595, 842]);
      const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
      expect(text).toContain(squash(`${s.dept}：`));
      expect(text).toContain(squash(s.summary));
      for (const i of s.items) expect(text).toContain(squash(i.text));
      expect(text).toContain(squash(`请${s.dept}对照序时进度加快推进。`));
      expect(text).toContain('—1—');
    });
  }, 300_000);
});
