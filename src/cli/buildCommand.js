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
exports.buildCommand = buildCommand;
/**
 * `zhuanbao build`: checks what will be read and written, runs the build, writes the outputs and
 * says what it did. Failures the clerk can fix throw ClerkError (exit 2, see main.ts).
 */
const fs = __importStar(require("node:fs/promises"));
const path = __importStar(require("node:path"));
const resultSchema_1 = require("../domain/resultSchema");
const settings_1 = require("../domain/settings");
const runBuild_1 = require("../engine/runBuild");
const fileSource_1 = require("../xlsx/fileSource");
const fileSink_1 = require("../xlsx/fileSink");
const clerkError_1 = require("./clerkError");
const historyStore_1 = require("./historyStore");
const inputFiles_1 = require("./inputFiles");
const outputGuard_1 = require("./outputGuard");
const summaryTable_1 = require("./summaryTable");
const buildNotes_1 = require("./buildNotes");
const resultJson_1 = require("./resultJson");
function todayIso() {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
/** "（第 2 行第 5 个字符附近）" from JSON.parse's "… at position N", or '' when it gives none. */
function jsonErrorPlace(text, err) {
    const m = /position (\d+)/.exec(err instanceof Error ? err.message : String(err));
    if (!m)
        return '';
    const before = text.slice(0, Number(m[1]));
    const line = before.split('\n').length;
    return `（第 ${line} 行第 ${before.length - before.lastIndexOf('\n')} 个字符附近）`;
}
/** The settings file (--settings), validated; a file that is missing or has errors stops the build. */
async function loadSettingsFile(file) {
    if (!file)
        return {};
    let text;
    try {
        text = await fs.readFile(file, 'utf8');
    }
    catch (err) {
        throw new clerkError_1.ClerkError((0, clerkError_1.fsProblem)(err, '设置文件', file) ?? `无法读取设置文件「${file}」。`, { cause: err });
    }
    let parsed;
    const json = text.replace(/^\uFEFF/, ''); // Notepad saves UTF-8 with a byte-order mark
    try {
        parsed = JSON.parse(json);
    }
    catch (err) {
        throw new clerkError_1.ClerkError(`设置文件「${file}」不是有效的 JSON${jsonErrorPlace(json, err)}，未生成专报。常见原因是多余的逗号、缺少引号或用了中文标点；可参照 examples/settings.json 修改。`, { cause: err });
    }
    const { problems } = (0, settings_1.safeSettings)(parsed);
    // A misspelt key would otherwise be dropped without a word (the schema ignores keys it does not know).
    const unknown = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.keys(parsed).filter((k) => !(k in settings_1.SettingsSchema.shape)) : [];
    for (const k of unknown)
        problems.push(`${k}：不是可用的设置项（可用的见 examples/settings.json）`);
    if (problems.length) {
        throw new clerkError_1.ClerkError([`设置文件「${file}」中有 ${problems.length} 处错误，未生成专报：`, ...problems.map((p) => `  ${p}`)].join('\n'));
    }
    return parsed;
}
/** The outputs asked for, as the guard checks them. */
function requestedOutputs(opts) {
    const outputs = [];
    if (opts.out)
        outputs.push({ flag: '--out', file: opts.out, ext: '.xlsx', notInInputFolder: true });
    if (opts.json)
        outputs.push({ flag: '--json', file: opts.json });
    if (opts.docx)
        outputs.push({ flag: '--docx', file: opts.docx, ext: '.docx' });
    return outputs;
}
async function historyProblem(dir) {
    if (!dir)
        return null;
    const st = await fs.stat(dir).catch(() => null);
    return st && !st.isDirectory() ? `--history 指定的「${dir}」是文件，应为存放快照的文件夹。` : null;
}
/** Progress on stderr while many files are read: one updating line on a terminal, a line per tenth otherwise. */
function progressReporter(opts, io) {
    const tty = Boolean(process.stderr.isTTY);
    let lastShown = 0;
    return (done, total, file) => {
        if (opts.quiet || total < 2)
            return;
        if (tty) {
            io.err(`\r读取 ${done}/${total}：${file.replace(/^.*[\\/]/, '')}`.padEnd(60) + (done === total ? '\n' : ''));
        }
        else if (done === total || Math.floor((done * 10) / total) > Math.floor((lastShown * 10) / total)) {
            io.err(`读取 ${done}/${total} 个文件\n`);
            lastShown = done;
        }
    };
}
/**
 * Runs one build; resolves to the exit code (0 done, 2 some file could not be read).
 * @throws ClerkError when nothing can be built (nothing to read, an output that may not or cannot be written, bad settings)
 * @example await buildCommand(BuildOptionsSchema.parse({ inputs: ['samples/2026-03'], out: 'out/专报.xlsx' }), io) === 0
 */
async function buildCommand(opts, io) {
    const fromFile = await loadSettingsFile(opts.settings);
    const input = { ...fromFile, mode: opts.mode };
    if (opts.asOf)
        input.asOf = opts.asOf;
    if (opts.issue)
        input.issue = opts.issue;
    if (opts.reportDate)
        input.reportDate = opts.reportDate;
    const found = await (0, inputFiles_1.findInputFiles)(opts.inputs);
    const problems = await (0, outputGuard_1.outputProblems)(requestedOutputs(opts), opts.inputs, found.files, found.folders);
    const history = await historyProblem(opts.history);
    if (history)
        problems.push(history);
    if (problems.length)
        throw new clerkError_1.ClerkError(['未生成专报：', ...problems.map((p) => `  ${p}`)].join('\n'));
    // With a history folder and no issue given, the issue follows the latest snapshot's.
    const store = opts.history ? new historyStore_1.DirSnapshotStore(opts.history) : null;
    const lastIssue = store ? await store.latestIssue() : undefined;
    if (!opts.issue && fromFile.issue === undefined && lastIssue !== undefined)
        input.issue = lastIssue + 1;
    const { settings, problems: settingProblems } = (0, settings_1.safeSettings)(input);
    if (settingProblems.length)
        throw new clerkError_1.ClerkError(['设置无效，未生成专报：', ...settingProblems.map((p) => `  ${p}`)].join('\n'));
    const source = new inputFiles_1.NothingReadGuard(new fileSource_1.XlsxFileSource(opts.inputs, progressReporter(opts, io), opts.threads ?? 'auto'), opts.inputs, found.folders);
    const sink = opts.out ? new fileSink_1.XlsxFileSink(opts.out) : null;
    // Sheet models are laid out only for --out; the change since the previous issue (--history) is
    // added to the result, the bulletin's prose and the documents by runBuild.
    // The laid-out sheets are not kept: once written they are collected before the JSON is made.
    const { result, bulletin: model, history: compared } = await (0, runBuild_1.runBuild)({ source, settings, sink, today: todayIso(), ...(store ? { history: store } : {}) });
    const diff = compared?.diff ?? null;
    const historyFindings = compared?.findings ?? [];
    // Validated against the result's schema as it is written, element by element (resultJson.ts).
    // Their folders are made as the bulletin's is (the guard checked they can be).
    for (const file of [opts.json, opts.docx])
        if (file)
            await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    if (opts.json)
        await (0, resultJson_1.writeValidatedJson)(opts.json, resultSchema_1.ResultSchema, result);
    if (opts.docx) {
        // Loaded only when asked for: the docx library is a tenth of the command's start-up.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { bulletinDocx } = require('../docx/bulletinDocx');
        await fs.writeFile(opts.docx, await bulletinDocx(model, { settings }));
    }
    const snapshot = store?.lastSaved ?? null;
    if (!opts.quiet)
        io.out((0, summaryTable_1.summaryTable)(result));
    for (const f of result.files.filter((x) => x.error))
        io.err(`错误：${f.error}\n`);
    for (const f of result.findings.filter((x) => x.code === 'file_not_spreadsheet' && x.severity === 'info'))
        io.err(`提示：${f.message}\n`);
    io.err((0, buildNotes_1.buildNotes)(result, { ...(opts.out ? { out: opts.out } : {}), ...(opts.json ? { json: opts.json } : {}), sheet: settings.bulletinSheet }));
    if (opts.out)
        io.err(`专报已写入 ${opts.out}\n`);
    if (opts.json)
        io.err(`结果已写入 ${opts.json}\n`);
    if (opts.docx)
        io.err(`Word 专报已写入 ${opts.docx}\n`);
    if (!opts.out && !opts.json && !opts.docx)
        io.err('未指定输出文件：加 --out 专报.xlsx 写出专报工作簿（--docx 写 Word，--json 写结果数据）。\n');
    for (const f of historyFindings)
        io.err(`警告：${f.message}\n`);
    if (diff)
        io.err(`已与${diff.previousIssue !== null ? `第 ${diff.previousIssue} 期` : '上期'}（${diff.previousFile ?? ''}）比较：新增未达到序时进度 ${diff.newlyBehind.length} 个，恢复 ${diff.recovered.length} 个\n`);
    else if (opts.history && !historyFindings.length)
        io.err('快照文件夹中没有更早的一期，本期不与上期比较\n');
    if (snapshot)
        io.err(`第 ${settings.issue} 期快照已写入 ${snapshot}\n`);
    return result.files.some((f) => f.error) ? 2 : 0;
}
