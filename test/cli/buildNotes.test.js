"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * What the command says after a build: the few findings that matter (errors first), where the rest
 * are, and the skipped rows explained.
 */
const buildNotes_1 = require("../../src/cli/buildNotes");
const clerkError_1 = require("../../src/cli/clerkError");
function result(over) {
    return { asOf: '2026-03-20', mode: 'day', timeProgress: 21.64, summary: [], indicators: [], findings: [], skipped: [], files: [], ...over };
}
const f = (n, severity, code = 'completion_mismatch') => ({ file: `${n}.xlsx`, sheet: 'S', cell: `A${n}`, code, severity, message: `问题${n}` });
const someIndicator = [{}];
describe('buildNotes', () => {
    test('errors come before warnings; at most a few are shown, and it says where the rest are', () => {
        const findings = [...Array.from({ length: 8 }, (_, k) => f(k + 1, 'warning')), f(9, 'error')];
        const text = (0, buildNotes_1.buildNotes)(result({ indicators: someIndicator, findings }), { out: 'b.xlsx', json: 'r.json' });
        const shown = text.split('\n').filter((l) => l.startsWith('  · '));
        expect(shown).toHaveLength(buildNotes_1.MAX_FINDINGS_SHOWN);
        expect(shown[0]).toBe('  · 9.xlsx S A9：问题9');
        expect(text).toContain(`数据核查发现 9 条问题，最需要看的 ${buildNotes_1.MAX_FINDINGS_SHOWN} 条：`);
        expect(text).toContain('「b.xlsx」中“工作专报”表的【数据核查】部分');
        expect(text).toContain('「r.json」的 findings');
    });
    test('without output files it says how to get the full list', () => {
        const text = (0, buildNotes_1.buildNotes)(result({ indicators: someIndicator, findings: [f(1, 'warning')], skipped: [{ file: 'a', sheet: 's', row: 3, reason: 'total', text: '合计' }] }), {});
        expect(text).toContain('加 --out 专报.xlsx');
        expect(text).toContain('跳过 1 行/表（合计/小计行 1）');
        expect(text).toContain('请加 --json 结果.json');
    });
    test('unreadable files are not repeated (they are printed as errors); info notes are counted apart', () => {
        const text = (0, buildNotes_1.buildNotes)(result({ indicators: someIndicator, findings: [f(1, 'error', 'file_unreadable'), f(2, 'info', 'as_of_conflict')] }), { json: 'r.json' });
        expect(text).not.toContain('数据核查发现');
        expect(text).toContain('另有 1 条提示');
    });
    test('no indicators at all is said plainly', () => {
        expect((0, buildNotes_1.buildNotes)(result({}), {})).toContain('没有读到任何指标');
    });
    test('a clean build says nothing more', () => {
        expect((0, buildNotes_1.buildNotes)(result({ indicators: someIndicator }), {})).toBe('');
    });
});
describe('fsProblem', () => {
    const sys = (code) => Object.assign(new Error(`${code}: x`), { code, path: '/p/a.xlsx' });
    test.each([
        ['ENOENT', '找不到'], ['EACCES', '没有权限'], ['EPERM', '没有权限'], ['EISDIR', '是一个文件夹'], ['ENOTDIR', '是文件而不是文件夹'],
        ['EROFS', '只读'], ['ENOSPC', '磁盘空间不足'], ['EBUSY', '正被其他程序占用'], ['ENAMETOOLONG', '路径太长'],
    ])('%s → a Chinese sentence naming the file', (code, words) => {
        const text = (0, clerkError_1.fsProblem)(sys(code), '输出文件');
        expect(text).toContain(words);
        expect(text).toContain('输出文件「/p/a.xlsx」');
        expect(text).not.toContain(code);
    });
    test('found in the chain of causes; an unknown code or a plain error is not the clerk\'s', () => {
        expect((0, clerkError_1.systemErrorIn)(new Error('写入失败', { cause: sys('ENOSPC') }))?.code).toBe('ENOSPC');
        expect((0, clerkError_1.fsProblem)(sys('EMFILE'))).toBeNull();
        expect((0, clerkError_1.fsProblem)(new TypeError('x'))).toBeNull();
        expect((0, clerkError_1.fsProblem)('text')).toBeNull();
    });
});
