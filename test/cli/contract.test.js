"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * SPEC's contract for the command line, as a newcomer meets it: no output over a file that is read
 * (named, found in a folder, or the same file by a link); nothing to read is exit 2 and no bulletin;
 * impossible dates refused; each failure a clerk can cause a Chinese message and exit 2, exit 1
 * only for Zhuanbao's own faults; --version; the help in Chinese.
 */
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const main_1 = require("../../src/cli/main");
const engine = __importStar(require("../../src/engine/runBuild"));
// The module object itself (an `import * as` copy has fixed properties that jest.spyOn cannot replace).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fsp = require('node:fs/promises');
const samples = path.resolve(__dirname, '../../samples/2026-03');
/** An English sentence or a raw system error: what must never reach a clerk. */
const ENGLISH = /E[A-Z]{3,}:|[A-Za-z]{3,} [a-z]{3,} [a-z]{2,}|Usage:|Options:|display help|\(default/;
function capture() {
    const out = [];
    const err = [];
    return { io: { out: (s) => void out.push(s), err: (s) => void err.push(s) }, out: () => out.join(''), err: () => err.join('') };
}
function sysError(code, file, syscall = 'open') {
    return Object.assign(new Error(`${code}: permission denied, ${syscall} '${file}'`), { code, path: file, syscall, errno: -13 });
}
describe('zhuanbao build: the contract', () => {
    let tmp;
    let input;
    beforeEach(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-contract-'));
        input = path.join(tmp, '2026-03');
        fs.mkdirSync(input);
        for (const f of ['残联.xlsx', '人社局.xlsx'])
            fs.copyFileSync(path.join(samples, f), path.join(input, f));
    });
    afterEach(() => {
        jest.restoreAllMocks();
        fs.rmSync(tmp, { recursive: true, force: true });
    });
    async function refused(argv, words) {
        const before = fs.readdirSync(input).map((f) => [f, fs.readFileSync(path.join(input, f))]);
        const c = capture();
        expect(await (0, main_1.main)(argv, c.io)).toBe(2);
        const err = c.err();
        for (const w of words)
            expect(err).toContain(w);
        expect(err).not.toMatch(ENGLISH);
        // Nothing was changed or added in the input folder.
        expect(fs.readdirSync(input).sort()).toEqual(before.map(([f]) => f).sort());
        for (const [f, bytes] of before)
            expect(fs.readFileSync(path.join(input, f)).equals(bytes)).toBe(true);
        return err;
    }
    test('an output that is a workbook found in an input folder is refused (the issue\'s data loss)', async () => {
        await refused(['build', input, '--out', path.join(input, '残联.xlsx'), '-q'], ['残联.xlsx', '为保护原始数据']);
    });
    test('the same file by another path: relative, symbolic link, hard link', async () => {
        const rel = path.relative(process.cwd(), path.join(input, '人社局.xlsx'));
        await refused(['build', input, '--out', rel, '-q'], ['为保护原始数据']);
        const sym = path.join(tmp, '链接.xlsx');
        fs.symlinkSync(path.join(input, '残联.xlsx'), sym);
        await refused(['build', input, '--out', sym, '-q'], ['为保护原始数据']);
        const hard = path.join(tmp, '硬链接.xlsx');
        fs.linkSync(path.join(input, '残联.xlsx'), hard);
        await refused(['build', input, '--out', hard, '-q'], ['为保护原始数据']);
        // A folder given through a link: the files in it are still the inputs.
        const dirLink = path.join(tmp, '报表');
        fs.symlinkSync(input, dirLink);
        await refused(['build', dirLink, '--out', path.join(input, '残联.xlsx'), '-q'], ['为保护原始数据']);
    });
    test('--json and --docx are guarded like --out', async () => {
        await refused(['build', input, '--json', path.join(input, '残联.xlsx'), '-q'], ['--json', '为保护原始数据']);
        await refused(['build', path.join(input, '残联.xlsx'), '--docx', path.join(input, '残联.xlsx'), '-q'], ['--docx']);
    });
    test('a new bulletin inside an input folder is refused: the next build would read it as a department\'s workbook', async () => {
        await refused(['build', input, '--out', path.join(input, '专报.xlsx'), '-q'], ['下次生成专报时', '请写到其他文件夹']);
    });
    test('two outputs on one file are refused', async () => {
        const err = await refused(['build', input, '--out', path.join(tmp, 'a.xlsx'), '--json', path.join(tmp, 'a.xlsx'), '-q'], ['同一个文件']);
        expect(err).toContain('--json');
        expect(fs.existsSync(path.join(tmp, 'a.xlsx'))).toBe(false);
    });
    test.each([
        ['an empty folder', (t) => { fs.mkdirSync(path.join(t, '空')); return [path.join(t, '空')]; }, '中没有表格文件'],
        ['a folder without spreadsheets', (t) => { fs.mkdirSync(path.join(t, '文档')); fs.writeFileSync(path.join(t, '文档', '通知.docx'), 'x'); return [path.join(t, '文档')]; }, '中没有表格文件'],
        ['a path that does not exist', (t) => [path.join(t, '不存在')], '找不到文件或文件夹'],
    ])('nothing to read (%s) is exit 2 with a message, and no bulletin or JSON is written', async (_name, make, words) => {
        const inputs = make(tmp);
        const out = path.join(tmp, 'out', 'b.xlsx');
        const json = path.join(tmp, 'out', 'r.json');
        const c = capture();
        expect(await (0, main_1.main)(['build', ...inputs, '--out', out, '--json', json], c.io)).toBe(2);
        expect(c.err()).toContain('没有可读取的跟踪表，未生成专报');
        expect(c.err()).toContain(words);
        expect(c.err()).not.toMatch(ENGLISH);
        expect(fs.existsSync(out)).toBe(false);
        expect(fs.existsSync(json)).toBe(false);
    });
    test('an existing file that Zhuanbao did not write is not replaced; its own earlier outputs are', async () => {
        const notes = path.join(tmp, '汇报材料.docx');
        fs.writeFileSync(notes, 'PK\x03\x04 a clerk\'s own document');
        const text = path.join(tmp, '名单.xlsx');
        fs.writeFileSync(text, '姓名,电话');
        const data = path.join(tmp, '数据.json');
        fs.writeFileSync(data, '[1, 2, 3]');
        await refused(['build', input, '--docx', notes, '-q'], ['不是工作专报生成的']);
        await refused(['build', input, '--out', text, '-q'], ['不是 .xlsx 工作簿']);
        await refused(['build', input, '--json', data, '-q'], ['不是工作专报写出的结果文件']);
        expect(fs.readFileSync(notes, 'utf8')).toContain('a clerk');
        const out = ['--out', path.join(tmp, 'b.xlsx'), '--docx', path.join(tmp, 'b.docx'), '--json', path.join(tmp, 'r.json'), '-q'];
        expect(await (0, main_1.main)(['build', input, ...out], capture().io)).toBe(0);
        expect(await (0, main_1.main)(['build', input, ...out], capture().io)).toBe(0); // a second run replaces its own files
    });
    test('outputs into folders that do not exist yet: the folders are made', async () => {
        const base = path.join(tmp, '新建', '三月');
        expect(await (0, main_1.main)(['build', input, '--json', path.join(base, 'r.json'), '--docx', path.join(base, 'b.docx'), '-q'], capture().io)).toBe(0);
        expect(fs.existsSync(path.join(base, 'r.json'))).toBe(true);
        expect(fs.existsSync(path.join(base, 'b.docx'))).toBe(true);
    });
    test('a missing path beside a readable folder: the others are still read, exit 2', async () => {
        const c = capture();
        expect(await (0, main_1.main)(['build', input, path.join(tmp, '不存在'), '--out', path.join(tmp, 'b.xlsx'), '-q'], c.io)).toBe(2);
        expect(c.err()).toContain('不存在');
        expect(fs.existsSync(path.join(tmp, 'b.xlsx'))).toBe(true);
    });
    test.each([
        ['--as-of', '2026-02-30'],
        ['--as-of', '2026-04-31'],
        ['--report-date', '2026-02-29'],
        ['--report-date', '2026-3-5'],
    ])('an impossible date %s %s is refused', async (flag, date) => {
        const c = capture();
        expect(await (0, main_1.main)(['build', input, flag, date, '--out', path.join(tmp, 'b.xlsx')], c.io)).toBe(2);
        expect(c.err()).toContain(flag);
        expect(c.err()).toContain(date);
        expect(fs.existsSync(path.join(tmp, 'b.xlsx'))).toBe(false);
    });
    test('a leap day that exists is accepted', async () => {
        expect(await (0, main_1.main)(['build', input, '--as-of', '2028-02-29', '-q'], capture().io)).toBe(0);
    });
    test('a folder that cannot be opened (EACCES) is a Chinese message, exit 2', async () => {
        const real = fsp.readdir;
        jest.spyOn(fsp, 'readdir').mockImplementation(((p, ...rest) => {
            if (String(p) === input)
                return Promise.reject(sysError('EACCES', input, 'scandir'));
            return real(p, ...rest);
        }));
        await refused(['build', input, '--out', path.join(tmp, 'b.xlsx')], ['没有权限访问文件夹', input]);
        expect(fs.existsSync(path.join(tmp, 'b.xlsx'))).toBe(false);
    });
    test('a missing --settings file, and one with errors, stop the build with exit 2', async () => {
        await refused(['build', input, '--settings', path.join(tmp, '设置.json'), '--out', path.join(tmp, 'b.xlsx')], ['找不到设置文件', '设置.json']);
        fs.writeFileSync(path.join(tmp, '坏.json'), '{ "title": "专报", }');
        await refused(['build', input, '--settings', path.join(tmp, '坏.json')], ['不是有效的 JSON（第 1 行第 18 个字符附近）']);
        fs.writeFileSync(path.join(tmp, '错.json'), JSON.stringify({ issue: -1, asOf: '2026-02-30' }));
        const err = await refused(['build', input, '--settings', path.join(tmp, '错.json')], ['2 处错误', 'issue', 'asOf']);
        expect(err).toContain('日期不存在');
        expect(fs.existsSync(path.join(tmp, 'b.xlsx'))).toBe(false);
    });
    test('a settings file saved by Notepad (UTF-8 with BOM) is read', async () => {
        fs.writeFileSync(path.join(tmp, '设置.json'), '\uFEFF' + JSON.stringify({ title: '测试专报' }));
        expect(await (0, main_1.main)(['build', input, '--settings', path.join(tmp, '设置.json'), '-q'], capture().io)).toBe(0);
    });
    test('--out that is a folder, under a file, or without .xlsx is refused before anything is read', async () => {
        fs.mkdirSync(path.join(tmp, '专报'));
        await refused(['build', input, '--out', path.join(tmp, '专报')], ['是一个文件夹', path.join(tmp, '专报', '专报.xlsx')]);
        fs.writeFileSync(path.join(tmp, '文件'), 'x');
        await refused(['build', input, '--out', path.join(tmp, '文件', 'b.xlsx')], ['是文件而不是文件夹']);
        await refused(['build', input, '--out', path.join(tmp, '专报.docx')], ['.xlsx 结尾']);
    });
    test('--out in a folder that cannot be written: the message says so (not "已有的输出文件")', async () => {
        const ro = path.join(tmp, '只读');
        fs.mkdirSync(ro);
        const real = fsp.access;
        // Tests may run as root, where permissions are not enforced: Node's access() is what the guard asks.
        jest.spyOn(fsp, 'access').mockImplementation((p, mode) => (String(p) === ro ? Promise.reject(sysError('EACCES', ro, 'access')) : real(p, mode)));
        const err = await refused(['build', input, '--out', path.join(ro, '专报.xlsx')], ['没有权限在文件夹', ro]);
        expect(err).not.toContain('已有的');
        await refused(['build', input, '--json', path.join(ro, 'r.json')], ['--json']);
    });
    test('a write that fails midway (disk full) is a Chinese message and exit 2, no English', async () => {
        const real = fsp.rename;
        jest.spyOn(fsp, 'rename').mockImplementation((a, b) => (String(b).endsWith('b.xlsx') ? Promise.reject(sysError('ENOSPC', String(b), 'rename')) : real(a, b)));
        const c = capture();
        expect(await (0, main_1.main)(['build', input, '--out', path.join(tmp, 'b.xlsx'), '-q'], c.io)).toBe(2);
        expect(c.err()).toContain('磁盘空间不足');
        expect(c.err()).not.toMatch(ENGLISH);
    });
    test('a fault of Zhuanbao itself is exit 1 and says it is not the clerk\'s doing', async () => {
        jest.spyOn(engine, 'runBuild').mockRejectedValue(new TypeError('Cannot read properties of undefined'));
        const c = capture();
        expect(await (0, main_1.main)(['build', input, '-q'], c.io)).toBe(1);
        expect(c.err()).toContain('不是您的操作造成的');
    });
    test('--version prints the package version', async () => {
        const c = capture();
        expect(await (0, main_1.main)(['--version'], c.io)).toBe(0);
        const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
        expect(c.out().trim()).toBe(pkg.version);
    });
    test.each([[['--help']], [['build', '--help']], [['help', 'build']]])('the help %j is in Chinese, commander\'s frame included', async (argv) => {
        const c = capture();
        expect(await (0, main_1.main)(argv, c.io)).toBe(0);
        const help = c.out();
        expect(help).toContain('用法：');
        expect(help).toContain('显示帮助');
        expect(help).not.toMatch(ENGLISH);
        if (argv.includes('build')) {
            expect(help).toContain('（默认：day）');
            expect(help).toContain('--as-of <日期>');
        }
    });
    test('the help\'s columns line up with Chinese text (two columns a character)', async () => {
        const c = capture();
        await (0, main_1.main)(['build', '--help'], c.io);
        const starts = c.out().split('\n').filter((l) => /^ {2}--/.test(l)).map((l) => {
            const term = /^ {2}\S+(?: <[^>]+>)?/.exec(l)?.[0] ?? '';
            const gap = /^ +/.exec(l.slice(term.length))?.[0].length ?? 0;
            return [...term].reduce((w, ch) => w + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0) + gap;
        });
        expect(starts.length).toBeGreaterThan(8);
        expect(new Set(starts).size).toBe(1);
    });
    test('commander\'s errors are in Chinese, with a hint', async () => {
        const c = capture();
        expect(await (0, main_1.main)(['build', input, '--ot', 'x.xlsx'], c.io)).toBe(2);
        expect(c.err()).toContain('没有选项「--ot」');
        expect(c.err()).toContain('--out');
        expect(c.err()).toContain('zhuanbao build --help');
        expect(c.err()).not.toMatch(ENGLISH);
        const d = capture();
        expect(await (0, main_1.main)(['build', input, '--out'], d.io)).toBe(2);
        expect(d.err()).toContain('--out 后面缺少值');
        const e = capture();
        expect(await (0, main_1.main)(['biuld'], e.io)).toBe(2);
        expect(e.err()).toContain('没有命令「biuld」');
    });
    test('after a build: the findings that matter, where the rest are, and what skipped rows are', async () => {
        const c = capture();
        const out = path.join(tmp, 'b.xlsx');
        const json = path.join(tmp, 'r.json');
        expect(await (0, main_1.main)(['build', samples, '--as-of', '2026-03-20', '--out', out, '--json', json], c.io)).toBe(0);
        const err = c.err();
        expect(err).toMatch(/数据核查发现 4 条问题：\n {2}· 教育局\.xlsx 2026年民生实事 D6：/);
        expect(err).toContain('【数据核查】');
        expect(err).toContain(`「${json}」的 findings`);
        expect(err).toMatch(/跳过 37 行\/表（.*合计\/小计行 7.*）：/);
        expect(err).toContain('通常无需处理');
        expect(err).toContain(`「${json}」的 skipped`);
    });
});
