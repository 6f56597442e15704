/**
 * Generates the bad-input corpus under test/fixtures/bad/: one folder per case holding the file(s)
 * a department might send, and test/fixtures/bad/cases.json with the exact expected outcome of
 * `zhuanbao build <inputs> --as-of 2026-03-20` for each (exit code, indicators read, every finding
 * as code@cell, the message fragment for files that cannot be read).
 *   npx tsx scripts/make-bad-corpus.ts
 * The 100,000-row case is not committed: test/hardening/badInput.test.ts writes it into the temp
 * folder with {@link writeLargeWorkbook} at test time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';

/** The expected outcome of one case. */
export interface BadCase {
  id: string;
  title: string;
  /** Inputs relative to test/fixtures/bad (a file or a folder). Generated cases: relative to the temp folder. */
  inputs: string[];
  /** Written at test time by the test itself (not committed). */
  generated?: boolean;
  expect: {
    exit: 0 | 2;
    indicators: number;
    /** Every finding of the build, as `code@cell` (`code@-` without a cell), sorted. */
    findings: string[];
    /** Fragments the error output must contain (files that cannot be read). */
    error?: string[];
    /** Skipped rows and sheets as `reason@row` (`reason@-` for a whole sheet), sorted; checked when given. */
    skipped?: string[];
    /** Indicators that must be read exactly so (a subset of fields). */
    values?: { name: string; target?: number | null; done?: number | null; status?: string; unit?: string | null }[];
  };
}

const ROOT = path.resolve(__dirname, '../test/fixtures/bad');
const HEADER = ['序号', '指标名称', '全年目标', '单位', '累计完成', '完成率', '进展情况', '责任单位'];
const TITLE = '2026年民生实事工作推进情况表（数据截至2026年3月20日）';

type Cell = ExcelJS.CellValue;

/** A workbook with one sheet per entry; rows are written from A1. */
function workbook(sheets: { name: string; rows: Cell[][]; setup?: (ws: ExcelJS.Worksheet) => void | Promise<void> }[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zhuanbao bad corpus';
  wb.created = new Date(Date.UTC(2026, 2, 20));
  wb.modified = new Date(Date.UTC(2026, 2, 20));
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => { if (r.length) ws.getRow(i + 1).values = r; });
  }
  return wb;
}

async function save(wb: ExcelJS.Workbook, rel: string, setups: ((wb: ExcelJS.Workbook) => void | Promise<void>)[] = []): Promise<Buffer> {
  for (const s of setups) await s(wb);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  write(rel, buf);
  return buf;
}

function write(rel: string, data: Buffer | string): void {
  const file = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
}

/** A standard tracking sheet: title, header, the given indicator rows. */
function tracking(rows: Cell[][]): Cell[][] {
  return [[TITLE], HEADER, ...rows];
}

/** The HTML table under an .xls name is read like any table: one indicator (公路, target 10, nothing done yet). */
const HTML_AS_XLS_EXPECT: BadCase['expect'] = { exit: 0, indicators: 1, findings: [], values: [{ name: '公路', target: 10 }] };

const GOOD_ROWS: Cell[][] = [
  [1, '新增城镇就业', 6000, '人', 1386, 0.231, '稳步推进', '市人社局'],
  [2, '城乡居民医保参保', 100, '万人', 30, 0.3, '已完成30万人', '市医保局'],
];

/**
 * Writes a workbook with `rows` indicator rows (the 100,000-row case), streaming so memory stays flat.
 * @example await writeLargeWorkbook('/tmp/x/大表.xlsx', 100000)
 */
export async function writeLargeWorkbook(file: string, rows: number): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('明细');
  ws.addRow([TITLE]).commit();
  ws.addRow(HEADER).commit();
  for (let i = 1; i <= rows; i++) {
    ws.addRow([i, `第${i}号社区服务点建设`, 100, '个', i % 101, null, i % 7 === 0 ? '停滞' : '推进中', '市民政局']).commit();
  }
  await ws.commit();
  await wb.commit();
}

/** A minimal OLE compound file header (what encrypted .xlsx, .xls and .et files start with). */
function oleFile(): Buffer {
  const b = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.writeUInt16LE(0x003e, 0x18); // minor version
  b.writeUInt16LE(0x0003, 0x1a); // major version 3
  b.writeUInt16LE(0xfffe, 0x1c); // byte order
  b.writeUInt16LE(0x0009, 0x1e); // sector shift
  // A directory entry name as an encrypted workbook has it.
  Buffer.from('EncryptedPackage', 'utf16le').copy(b, 1024);
  return b;
}

/** A real Excel 97-2003 workbook (BIFF8, as SheetJS writes it) of the given rows. */
function xlsFile(rows: Cell[][]): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '民生实事');
  return Buffer.from(XLSX.write(wb, { bookType: 'biff8', type: 'buffer' }) as Buffer);
}

async function gbk(text: string): Promise<Buffer> {
  // iconv-lite comes with ExcelJS's dependencies; the script only needs it to write the fixture.
  const iconv = (await import('iconv-lite')).default;
  return iconv.encode(text, 'gbk');
}

async function build(): Promise<BadCase[]> {
  fs.rmSync(ROOT, { recursive: true, force: true });
  fs.mkdirSync(ROOT, { recursive: true });
  const cases: BadCase[] = [];
  const add = (c: BadCase): void => { cases.push(c); };
  const good = workbook([{ name: '民生实事', rows: tracking(GOOD_ROWS) }]);
  const goodBuf = Buffer.from(await good.xlsx.writeBuffer());

  // ---- files that are not readable workbooks ------------------------------------------------
  write('truncated-zip/人社局.xlsx', goodBuf.subarray(0, Math.floor(goodBuf.length / 2)));
  add({ id: 'truncated-zip', title: '下载中断、只有一半的 .xlsx', inputs: ['truncated-zip/人社局.xlsx'],
    expect: { exit: 2, indicators: 0, findings: ['file_unreadable@-'], error: ['人社局.xlsx', '已损坏', '重新发送'] } });

  const corrupt = Buffer.from(goodBuf);
  for (let i = 400; i < Math.min(corrupt.length - 200, 1400); i++) corrupt[i] = 0x41;
  write('corrupt-zip/医保局.xlsx', corrupt);
  add({ id: 'corrupt-zip', title: '中间字节损坏的 .xlsx', inputs: ['corrupt-zip/医保局.xlsx'],
    expect: { exit: 2, indicators: 0, findings: ['file_unreadable@-'], error: ['医保局.xlsx', '已损坏'] } });

  write('text-as-xlsx/说明.xlsx', '这不是表格，只是一段文字。\n请查收。\n');
  add({ id: 'text-as-xlsx', title: '改成 .xlsx 扩展名的文本文件', inputs: ['text-as-xlsx/说明.xlsx'],
    expect: { exit: 2, indicators: 0, findings: ['file_unreadable@-'], error: ['说明.xlsx', '纯文本', '不是表格文件'] } });

  write('zero-bytes/空文件.xlsx', Buffer.alloc(0));
  add({ id: 'zero-bytes', title: '0 字节的 .xlsx', inputs: ['zero-bytes/空文件.xlsx'],
    expect: { exit: 2, indicators: 0, findings: ['file_unreadable@-'], error: ['空文件.xlsx', '空文件（0 字节）'] } });

  write('encrypted-xlsx/住建局.xlsx', oleFile());
  add({ id: 'encrypted-xlsx', title: '设有打开密码的 .xlsx（OLE 复合文件）', inputs: ['encrypted-xlsx/住建局.xlsx'],
    expect: { exit: 2, indicators: 0, findings: ['file_unreadable@-'], error: ['住建局.xlsx', '打开密码', '清空密码'] } });

  write('legacy-xls/教育局.xls', xlsFile(tracking(GOOD_ROWS)));
  add({ id: 'legacy-xls', title: '旧版 .xls（Excel 97-2003）：照常读取', inputs: ['legacy-xls/教育局.xls'],
    expect: { exit: 0, indicators: 2, findings: [] } });

  write('wps-et/文旅局.et', xlsFile(tracking(GOOD_ROWS)));
  add({ id: 'wps-et', title: 'WPS 表格 .et（内容为 .xls）：照常读取', inputs: ['wps-et/文旅局.et'],
    expect: { exit: 0, indicators: 2, findings: [] } });

  write('html-as-xls/交通局.xls', '<html><head><meta charset="utf-8"></head><body><table><tr><td>指标名称</td><td>全年目标</td></tr><tr><td>公路</td><td>10</td></tr></table></body></html>');
  add({ id: 'html-as-xls', title: '业务系统导出的网页格式“.xls”：照常读取', inputs: ['html-as-xls/交通局.xls'],
    expect: HTML_AS_XLS_EXPECT });

  const docx = new JSZip();
  docx.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  docx.file('word/document.xml', '<?xml version="1.0"?><w:document/>');
  write('docx-as-xlsx/汇报材料.xlsx', await docx.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  add({ id: 'docx-as-xlsx', title: '改了扩展名的 Word 文档（zip 但不是工作簿）', inputs: ['docx-as-xlsx/汇报材料.xlsx'],
    expect: { exit: 2, indicators: 0, findings: ['file_unreadable@-'], error: ['汇报材料.xlsx', 'Word 文档', '不是表格文件'] } });

  await save(workbook([]), 'no-sheets/民政局.xlsx');
  add({ id: 'no-sheets', title: '没有任何工作表的工作簿', inputs: ['no-sheets/民政局.xlsx'],
    expect: { exit: 2, indicators: 0, findings: ['file_unreadable@-'], error: ['民政局.xlsx', '没有任何工作表'] } });

  // A folder: one good workbook, an encrypted .xls, an .et, an Excel lock file (listed, not read).
  await save(workbook([{ name: '民生实事', rows: tracking(GOOD_ROWS) }]), 'mixed-folder/人社局.xlsx');
  write('mixed-folder/教育局.xls', oleFile());
  write('mixed-folder/文旅局.et', xlsFile(tracking([[1, '接待游客', 500, '万人次', 120, 0.24, '稳步推进', '市文旅局']])));
  write('mixed-folder/~$人社局.xlsx', Buffer.from([0x01, 0x02]));
  add({ id: 'mixed-folder', title: '文件夹：好表 + 加密的 .xls + .et + Excel 锁文件', inputs: ['mixed-folder'],
    expect: { exit: 2, indicators: 3, findings: ['file_not_spreadsheet@-', 'file_unreadable@-'], error: ['教育局.xls', '打开密码'] } });

  // ---- CSV -----------------------------------------------------------------------------------
  const csvText = [
    '序号,指标名称,全年目标,单位,累计完成,完成率,进展情况,责任单位',
    '1,新增城镇就业,6000,人,1386,23.1%,"稳步推进，已完成1,386人",市人社局',
    '2,城乡居民医保参保,100,万人,30,30%,"第一行',
    '第二行",市医保局',
    '',
  ].join('\r\n');
  write('csv-utf8-bom/人社局.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText, 'utf8')]));
  const csvValues = [
    { name: '新增城镇就业', target: 6000, done: 1386, status: 'on_schedule' },
    { name: '城乡居民医保参保', target: 1000000, done: 300000, status: 'on_schedule' },
  ];
  add({ id: 'csv-utf8-bom', title: 'UTF-8（带 BOM）的 .csv，引号内有逗号和换行', inputs: ['csv-utf8-bom/人社局.csv'],
    expect: { exit: 0, indicators: 2, findings: [], values: csvValues } });
  write('csv-utf8/人社局.csv', Buffer.from(csvText, 'utf8'));
  add({ id: 'csv-utf8', title: 'UTF-8（无 BOM）的 .csv', inputs: ['csv-utf8/人社局.csv'],
    expect: { exit: 0, indicators: 2, findings: [], values: csvValues } });
  write('csv-gbk/人社局.csv', await gbk(csvText));
  add({ id: 'csv-gbk', title: 'GBK 编码的 .csv（中文 Windows 的 Excel 另存为 CSV）', inputs: ['csv-gbk/人社局.csv'],
    expect: { exit: 0, indicators: 2, findings: [], values: csvValues } });

  // ---- structure -----------------------------------------------------------------------------
  await save(workbook([{ name: 'Sheet1', rows: [] }]), 'blank-sheet/卫健委.xlsx');
  add({ id: 'blank-sheet', title: '只有一个空白工作表', inputs: ['blank-sheet/卫健委.xlsx'],
    expect: { exit: 0, indicators: 0, findings: [], skipped: ['empty_sheet@-'] } });

  await save(workbook([{ name: '民生实事', rows: [[TITLE], HEADER] }]), 'header-only/卫健委.xlsx');
  add({ id: 'header-only', title: '只有表头、没有数据', inputs: ['header-only/卫健委.xlsx'],
    expect: { exit: 0, indicators: 0, findings: ['file_no_indicators@-'], skipped: [] } });

  await save(workbook([{ name: '数据', rows: [['甲', '乙', '丙', '丁'], ['a', 1, 2, 3], ['b', 4, 5, 6], ['c', 7, 8, 9]] }]), 'header-unrecognised/统计局.xlsx');
  add({ id: 'header-unrecognised', title: '表头无一可识别', inputs: ['header-unrecognised/统计局.xlsx'],
    expect: { exit: 0, indicators: 0, findings: ['sheet_no_header@-'] } });

  await save(workbook([{ name: '民生实事', rows: [[TITLE], ['指标名称', '全年目标', '全年目标', '累计完成', '累计完成', '进展情况', '进展情况'],
    ['新增城镇就业', 6000, 9999, 1386, 7777, '推进中', '另一列说明']] }]), 'duplicate-headers/人社局.xlsx');
  add({ id: 'duplicate-headers', title: '表头重名（两个“全年目标”、两个“累计完成”）', inputs: ['duplicate-headers/人社局.xlsx'],
    expect: { exit: 0, indicators: 1, findings: ['layout_choice@B2', 'layout_choice@D2'], values: [{ name: '新增城镇就业', target: 6000, done: 1386, status: 'on_schedule' }] } });

  {
    const wb = workbook([{ name: '民生实事', rows: [
      [TITLE],
      ['序号', '指标名称', '年度任务', null, '累计完成', null, '完成率', '责任单位'],
      [null, null, '数量', '单位', '数量', '单位', null, null],
      [1, '新增城镇就业', 6000, '人', 1386, '人', 0.231, '市人社局'],
      [2, '农村公路提质改造', 300, '公里', 20, '公里', 0.0667, '市交通局'],
    ] }]);
    const ws = wb.getWorksheet('民生实事');
    ws?.mergeCells('A1:H1');
    ws?.mergeCells('C2:D2');
    ws?.mergeCells('E2:F2');
    for (const c of ['A', 'B', 'G', 'H']) ws?.mergeCells(`${c}2:${c}3`);
    await save(wb, 'merged-header/人社局.xlsx');
  }
  add({ id: 'merged-header', title: '两行表头，合并单元格横跨表头（年度任务 → 数量 | 单位）', inputs: ['merged-header/人社局.xlsx'],
    expect: { exit: 0, indicators: 2, findings: [], values: [
      { name: '新增城镇就业', target: 6000, done: 1386, status: 'on_schedule' },
      { name: '农村公路提质改造', target: 300, done: 20, status: 'behind' },
    ] } });

  {
    const wb = workbook([{ name: '民生实事', rows: tracking([
      [1, '新增城镇就业', 6000, '人', 1386, 0.231, '推进中', '市人社局'],
      [2, '城乡居民医保参保', 100, '万人', 30, 0.3, '推进中', '市人社局'],
    ]) }]);
    wb.getWorksheet('民生实事')?.mergeCells('H2:H4'); // 责任单位 merged from the header down through the data
    await save(wb, 'merge-header-into-data/人社局.xlsx');
  }
  add({ id: 'merge-header-into-data', title: '合并单元格从表头一直延伸到数据行', inputs: ['merge-header-into-data/人社局.xlsx'],
    expect: { exit: 0, indicators: 2, findings: [] } });

  add({ id: 'large-100k', title: '100,000 行（测试时生成到临时目录）', inputs: ['large-100k/民政局.xlsx'], generated: true,
    expect: { exit: 0, indicators: 100000, findings: [] } });

  // ---- cell contents -------------------------------------------------------------------------
  const long = '长'.repeat(32767);
  await save(workbook([{ name: '民生实事', rows: tracking([
    [1, `新增城镇就业${'很'.repeat(32767 - 6)}`, 6000, '人', 1386, 0.231, long, '市人社局'],
    [2, '城乡居民医保参保', 100, '万人', 30, 0.3, long, '市医保局'],
  ]) }]), 'long-cells/人社局.xlsx');
  add({ id: 'long-cells', title: '32,767 个字符的单元格（名称与进展情况）', inputs: ['long-cells/人社局.xlsx'],
    expect: { exit: 0, indicators: 2, findings: [] } });

  await save(workbook([{ name: '民生实事', rows: tracking([
    [1, '<script>alert("x")</script>新增城镇就业', 6000, '人', 1386, 0.231, '<img src=x onerror=alert(1)> <b>推进中</b> &amp; &lt;', '<i>市人社局</i>'],
    [2, '=HYPERLINK("http://example.com","点我")', 100, '万人', 30, 0.3, '+cmd|\' /C calc\'!A0', '@SUM(1+1)'],
  ]) }]), 'html-script-text/人社局.xlsx');
  add({ id: 'html-script-text', title: '单元格里的 HTML、脚本和公式样文本', inputs: ['html-script-text/人社局.xlsx'],
    expect: { exit: 0, indicators: 2, findings: [], values: [
      { name: '<script>alert("x")</script>新增城镇就业', target: 6000, done: 1386 },
      { name: '=HYPERLINK("http://example.com","点我")', target: 1000000, done: 300000 },
    ] } });

  {
    const wb = workbook([{ name: '民生实事', rows: tracking([]) }]);
    const ws = wb.getWorksheet('民生实事');
    const rows: [string, Cell, Cell, Cell][] = [
      ['新增城镇就业', 6000, { formula: 'E9/0', result: { error: '#DIV/0!' } }, { formula: 'E3/C3', result: { error: '#DIV/0!' } }],
      ['城乡居民医保参保', { formula: 'VLOOKUP(B4,X:Y,2,0)', result: { error: '#N/A' } }, 30, null],
      ['农村公路提质改造', 300, { formula: '#REF!+1', result: { error: '#REF!' } }, null],
      ['新建公办幼儿园', { formula: '10*3', result: 30 }, { formula: '2+3', result: 5 }, { formula: 'E6/C6', result: 0.1667 }],
    ];
    rows.forEach(([name, target, done, rate], i) => {
      const r = ws?.getRow(i + 3);
      if (!r) return;
      r.values = [i + 1, name, target, '个', done, rate, '推进中', '市教育局'];
    });
    await save(wb, 'formula-errors/教育局.xlsx');
  }
  add({ id: 'formula-errors', title: '公式缓存结果为 #DIV/0! / #N/A / #REF!，以及正常公式', inputs: ['formula-errors/教育局.xlsx'],
    expect: { exit: 0, indicators: 4, findings: ['cell_error@C4', 'cell_error@E3', 'cell_error@E5', 'cell_error@F3'], values: [
      { name: '新增城镇就业', target: 6000, done: null },
      { name: '城乡居民医保参保', target: null, done: 30 },
      { name: '新建公办幼儿园', target: 30, done: 5 },
    ] } });

  {
    const wb = workbook([{ name: '民生实事', rows: tracking([
      [1, '新增城镇就业', 6000, '人', new Date(Date.UTC(2026, 2, 20)), null, '推进中', '市人社局'],
      [2, '城乡居民医保参保', new Date(Date.UTC(2026, 11, 31)), '万人', 30, null, '推进中', '市医保局'],
      [3, '农村公路提质改造', 300, '公里', 46101, null, '推进中', '市交通局'],
    ]) }]);
    const ws = wb.getWorksheet('民生实事');
    const e3 = ws?.getCell('E3'); if (e3) e3.numFmt = 'yyyy-mm-dd';
    const c4 = ws?.getCell('C4'); if (c4) c4.numFmt = 'yyyy"年"m"月"d"日"';
    const e5 = ws?.getCell('E5'); if (e5) e5.numFmt = 'yyyy/m/d'; // a serial number shown as a date
    await save(wb, 'dates-in-values/人社局.xlsx');
  }
  add({ id: 'dates-in-values', title: '数值列里是日期（日期单元格、日期格式的序列号）', inputs: ['dates-in-values/人社局.xlsx'],
    expect: { exit: 0, indicators: 3, findings: ['unreadable_value@C4', 'unreadable_value@E3', 'unreadable_value@E5'], values: [
      { name: '新增城镇就业', target: 6000, done: null },
      { name: '农村公路提质改造', target: 300, done: null },
    ] } });

  await save(workbook([{ name: '民生实事', rows: tracking([
    [1, '新增城镇就业', 0, '人', 1386, null, '推进中', '市人社局'],
    [2, '城乡居民医保参保', -100, '万人', 30, null, '推进中', '市医保局'],
    [3, '农村公路提质改造', 300, '公里', -20, null, '推进中', '市交通局'],
    [4, '新建公办幼儿园', 0, '所', 0, null, '推进中', '市教育局'],
  ]) }]), 'negative-zero-targets/综合.xlsx');
  add({ id: 'negative-zero-targets', title: '目标为 0、目标为负、完成为负', inputs: ['negative-zero-targets/综合.xlsx'],
    expect: { exit: 0, indicators: 4, findings: ['negative_value@C4', 'negative_value@E5', 'target_zero@C3', 'target_zero@C6'] } });

  await save(workbook([{ name: '民生实事', rows: [[TITLE], ['序号', '指标名称', '全年目标', '累计完成', '进展情况', '责任单位'],
    [1, '新增城镇就业', '6000人', '50万元', '推进中', '市人社局'],
    [2, '农村公路提质改造', '300公里', '20吨', '推进中', '市交通局'],
    [3, 'PM2.5年均浓度', '31μg/m³', '28μg/m³', '推进中', '市生态环境局'],
  ] }]), 'unit-mismatch/综合.xlsx');
  add({ id: 'unit-mismatch', title: '单位无法换算（人 对 万元，公里 对 吨）', inputs: ['unit-mismatch/综合.xlsx'],
    expect: { exit: 0, indicators: 3, findings: ['unit_mismatch@D3', 'unit_mismatch@D4'] } });

  await save(workbook([{ name: '民生实事', rows: tracking([
    [1, '新增城镇就业', 100, '人', 1250, '1250%', '推进中', '市人社局'],
    [2, '城乡居民医保参保', 10, '万人', 30, 30, '推进中', '市医保局'],
    [3, '农村公路提质改造', 1, '公里', 25, 25, '推进中', '市交通局'],
  ]) }]), 'percent-over-1000/综合.xlsx');
  add({ id: 'percent-over-1000', title: '完成率超过 1,000%', inputs: ['percent-over-1000/综合.xlsx'],
    expect: { exit: 0, indicators: 3, findings: ['completion_mismatch@F5', 'completion_over_300@E3', 'completion_over_300@E5', 'completion_mismatch@F4'].sort() } });

  await save(workbook([{ name: '民生实事', rows: tracking([GOOD_ROWS[0] ?? []]) }]), 'same-indicator-two-workbooks/人社局.xlsx');
  await save(workbook([{ name: '民生实事', rows: tracking([[1, '新增城镇就业', 6000, '人', 1500, 0.25, '推进中', '市财政局']]) }]), 'same-indicator-two-workbooks/财政局.xlsx');
  add({ id: 'same-indicator-two-workbooks', title: '同一指标出现在两个工作簿', inputs: ['same-indicator-two-workbooks'],
    expect: { exit: 0, indicators: 2, findings: ['duplicate_indicator@B3'] } });

  {
    const wb = workbook([{ name: '民生实事', rows: tracking([
      [1, '新增城镇就业', 6000, '人', 1386, 0.231, '推进中', '市人社局'],
      [2, '城乡居民医保参保', 100, '万人', 30, 0.3, '推进中', '市医保局'],
      [3, '农村公路提质改造', 300, '公里', 20, 0.0667, '推进中', '市交通局'],
    ]) }]);
    const ws = wb.getWorksheet('民生实事');
    if (ws) ws.getRow(4).hidden = true;
    await save(wb, 'hidden-rows/综合.xlsx');
  }
  add({ id: 'hidden-rows', title: '隐藏行（不作为指标读取，列为跳过并提示）', inputs: ['hidden-rows/综合.xlsx'],
    expect: { exit: 0, indicators: 2, findings: ['layout_choice@A4'], skipped: ['hidden_row@4'] } });

  {
    const wb = workbook([
      { name: '民生实事', rows: tracking(GOOD_ROWS) },
      { name: '旧数据', rows: tracking([[1, '旧指标', 10, '个', 1, null, '', '某局']]) },
    ]);
    const hidden = wb.getWorksheet('旧数据');
    if (hidden) hidden.state = 'hidden';
    await save(wb, 'hidden-sheet/人社局.xlsx');
  }
  add({ id: 'hidden-sheet', title: '隐藏工作表（跳过并列出）', inputs: ['hidden-sheet/人社局.xlsx'],
    expect: { exit: 0, indicators: 2, findings: [], skipped: ['hidden_sheet@-'] } });

  await save(workbook([
    { name: '工作专报', rows: [['工作专报'], ['第 1 期'], ['新增城镇就业 6000 人。已完成 1386 人。']] },
    { name: '民生实事', rows: tracking(GOOD_ROWS) },
  ]), 'bulletin-named-sheet/人社局.xlsx');
  add({ id: 'bulletin-named-sheet', title: '输入工作簿里有名为“工作专报”的工作表', inputs: ['bulletin-named-sheet/人社局.xlsx'],
    expect: { exit: 0, indicators: 2, findings: [], skipped: ['bulletin_sheet@-'] } });

  {
    const wb = workbook([{ name: '民生实事', rows: tracking(GOOD_ROWS) }]);
    await wb.getWorksheet('民生实事')?.protect('mima123', { selectLockedCells: true, selectUnlockedCells: true });
    await save(wb, 'protected-sheet/人社局.xlsx');
  }
  add({ id: 'protected-sheet', title: '受保护的工作表（有保护密码，但可读）', inputs: ['protected-sheet/人社局.xlsx'],
    expect: { exit: 0, indicators: 2, findings: [] } });

  await save(workbook([{ name: '民生实事', rows: tracking([
    ...GOOD_ROWS,
    [null, '合计', 6100, null, 1416, null, null, null],
    [null, '填表人：张三    联系电话：0730-1234567'],
    ['注：本表数据截至3月20日'],
  ]) }]), 'totals-footers/人社局.xlsx');
  add({ id: 'totals-footers', title: '合计行、表尾（填表人、联系电话）和注释行', inputs: ['totals-footers/人社局.xlsx'],
    expect: { exit: 0, indicators: 2, findings: [], skipped: ['footer@6', 'note@7', 'total@5'] } });

  await save(workbook([{ name: '民生实事', rows: tracking([
    [1, '新增城镇就业', '６０００', '人', '1,386人', '23.1%', '推进中', '市人社局'],
    [2, '城乡居民医保参保', '100万人', null, '30万人', null, '推进中', '市医保局'],
    [3, '新建公办幼儿园', '两所', null, '一所', null, '推进中', '市教育局'],
  ]) }]), 'numbers-as-text/综合.xlsx');
  add({ id: 'numbers-as-text', title: '全角数字、千分位、单位写在单元格里、中文数字', inputs: ['numbers-as-text/综合.xlsx'],
    expect: { exit: 0, indicators: 3, findings: [], values: [
      { name: '新增城镇就业', target: 6000, done: 1386 },
      { name: '城乡居民医保参保', target: 1000000, done: 300000 },
      { name: '新建公办幼儿园', target: 2, done: 1 },
    ] } });

  await save(workbook([{ name: '民生实事', rows: tracking([
    [1, '新增城镇就业', 6000, '人', 1386, 0.231, '推进中', '市人社局'],
    [2, null, 100, '万人', 30, 0.3, '推进中', '市医保局'],
  ]) }]), 'row-no-name/综合.xlsx');
  add({ id: 'row-no-name', title: '有数据但缺指标名称的行', inputs: ['row-no-name/综合.xlsx'],
    expect: { exit: 0, indicators: 1, findings: ['row_no_name@A4'] } });

  {
    // A bulletin written by Zhuanbao itself, dropped into the input folder next to a tracking table.
    await save(workbook([{ name: '民生实事', rows: tracking(GOOD_ROWS) }]), 'bulletin-in-input-folder/人社局.xlsx');
    await save(workbook([
      { name: '工作专报', rows: [['工作专报'], ['第 1 期']] },
      { name: '汇总台账', rows: [['板块', '项目', '指标', '责任单位', '类型', '全年目标', '累计完成', '单位', '完成率'], ['省级', '就业', '新增城镇就业', '市人社局', '数量', 6000, 1386, '人', 0.231]] },
    ]), 'bulletin-in-input-folder/专报-第1期.xlsx');
  }
  add({ id: 'bulletin-in-input-folder', title: '上次生成的专报放进了输入文件夹', inputs: ['bulletin-in-input-folder'],
    expect: { exit: 0, indicators: 2, findings: [], skipped: ['bulletin_sheet@-', 'bulletin_sheet@-'] } });

  await save(workbook([
    { name: '填报说明', rows: [['填报说明'], ['1. 请按季度填报。'], ['2. 数值请填写阿拉伯数字。']] },
    { name: '民生实事', rows: tracking(GOOD_ROWS) },
    { name: 'Sheet3', rows: [] },
  ]), 'instructions-and-empty-sheets/人社局.xlsx');
  add({ id: 'instructions-and-empty-sheets', title: '填报说明页与空白页', inputs: ['instructions-and-empty-sheets/人社局.xlsx'],
    expect: { exit: 0, indicators: 2, findings: [], skipped: ['empty_sheet@-', 'instructions@-'] } });

  return cases;
}

async function run(): Promise<void> {
  const cases = await build();
  fs.writeFileSync(path.join(ROOT, 'cases.json'), `${JSON.stringify(cases, null, 1)}\n`);
  const big = fs.readdirSync(ROOT, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name)).filter((f) => fs.statSync(f).size > 50 * 1024);
  if (big.length) throw new Error(`files over 50 KB: ${big.join(', ')}`);
  process.stdout.write(`${cases.length} cases written to ${path.relative(process.cwd(), ROOT)}\n`);
}

if (require.main === module) {
  run().catch((err: unknown) => { process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`); process.exit(1); });
}
