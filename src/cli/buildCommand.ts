/**
 * `zhuanbao build`: checks what will be read and written, runs the build, writes the outputs and
 * says what it did. Failures the clerk can fix throw ClerkError (exit 2, see main.ts).
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ResultSchema } from '../domain/resultSchema';
import { SettingsInput, SettingsSchema, safeSettings } from '../domain/settings';
import { runBuild } from '../engine/runBuild';
import { XlsxFileSource } from '../xlsx/fileSource';
import { XlsxFileSink } from '../xlsx/fileSink';
import { BuildOptions } from './cliOptions';
import { ClerkError, fsProblem } from './clerkError';
import { DirSnapshotStore } from './historyStore';
import { findInputFiles, NothingReadGuard } from './inputFiles';
import { OutputRequest, outputProblems } from './outputGuard';
import { summaryTable } from './summaryTable';
import { chasingText, writeSupervisionDocs } from './chasingReport';
import { buildNotes } from './buildNotes';
import { writeValidatedJson } from './resultJson';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "（第 2 行第 5 个字符附近）" from JSON.parse's "… at position N", or '' when it gives none. */
function jsonErrorPlace(text: string, err: unknown): string {
  const m = /position (\d+)/.exec(err instanceof Error ? err.message : String(err));
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return `（第 ${line} 行第 ${before.length - before.lastIndexOf('\n')} 个字符附近）`;
}

/** The settings file (--settings), validated; a file that is missing or has errors stops the build. */
async function loadSettingsFile(file: string | undefined): Promise<SettingsInput> {
  if (!file) return {};
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new ClerkError(fsProblem(err, '设置文件', file) ?? `无法读取设置文件「${file}」。`, { cause: err });
  }
  let parsed: unknown;
  const json = text.replace(/^\uFEFF/, ''); // Notepad saves UTF-8 with a byte-order mark
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    throw new ClerkError(`设置文件「${file}」不是有效的 JSON${jsonErrorPlace(json, err)}，未生成专报。常见原因是多余的逗号、缺少引号或用了中文标点；可参照 examples/settings.json 修改。`, { cause: err });
  }
  const { problems } = safeSettings(parsed);
  // A misspelt key would otherwise be dropped without a word (the schema ignores keys it does not know).
  const unknown = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.keys(parsed).filter((k) => !(k in SettingsSchema.shape)) : [];
  for (const k of unknown) problems.push(`${k}：不是可用的设置项（可用的见 examples/settings.json）`);
  if (problems.length) {
    throw new ClerkError([`设置文件「${file}」中有 ${problems.length} 处错误，未生成专报：`, ...problems.map((p) => `  ${p}`)].join('\n'));
  }
  return parsed as SettingsInput;
}

/** The outputs asked for, as the guard checks them. */
function requestedOutputs(opts: BuildOptions): OutputRequest[] {
  const outputs: OutputRequest[] = [];
  if (opts.out) outputs.push({ flag: '--out', file: opts.out, ext: '.xlsx', notInInputFolder: true });
  if (opts.json) outputs.push({ flag: '--json', file: opts.json });
  if (opts.docx) outputs.push({ flag: '--docx', file: opts.docx, ext: '.docx' });
  return outputs;
}

/** A folder option (--history, --docx-dir) that names a file instead. */
async function folderProblem(flag: '--history' | '--docx-dir', dir: string | undefined): Promise<string | null> {
  if (!dir) return null;
  const st = await fs.stat(dir).catch(() => null);
  const what = flag === '--history' ? '存放快照' : '存放各单位督办清单 Word 文件';
  return st && !st.isDirectory() ? `${flag} 指定的「${dir}」是文件，应为${what}的文件夹。` : null;
}

/** Progress on stderr while many files are read: one updating line on a terminal, a line per tenth otherwise. */
function progressReporter(opts: BuildOptions, io: Io): (done: number, total: number, file: string) => void {
  const tty = Boolean(process.stderr.isTTY);
  let lastShown = 0;
  return (done, total, file) => {
    if (opts.quiet || total < 2) return;
    if (tty) {
      io.err(`\r读取 ${done}/${total}：${file.replace(/^.*[\\/]/, '')}`.padEnd(60) + (done === total ? '\n' : ''));
    } else if (done === total || Math.floor((done * 10) / total) > Math.floor((lastShown * 10) / total)) {
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
export async function buildCommand(opts: BuildOptions, io: Io): Promise<number> {
  const fromFile = await loadSettingsFile(opts.settings);
  const input: SettingsInput = { ...fromFile, mode: opts.mode };
  if (opts.asOf) input.asOf = opts.asOf;
  if (opts.issue) input.issue = opts.issue;
  if (opts.reportDate) input.reportDate = opts.reportDate;

  const found = await findInputFiles(opts.inputs);
  const problems = await outputProblems(requestedOutputs(opts), opts.inputs, found.files, found.folders);
  for (const problem of [await folderProblem('--history', opts.history), await folderProblem('--docx-dir', opts.docxDir)]) if (problem) problems.push(problem);
  if (problems.length) throw new ClerkError(['未生成专报：', ...problems.map((p) => `  ${p}`)].join('\n'));

  // With a history folder and no issue given, the issue follows the latest snapshot's.
  const store = opts.history ? new DirSnapshotStore(opts.history) : null;
  const lastIssue = store ? await store.latestIssue() : undefined;
  if (!opts.issue && fromFile.issue === undefined && lastIssue !== undefined) input.issue = lastIssue + 1;
  const { settings, problems: settingProblems } = safeSettings(input);
  if (settingProblems.length) throw new ClerkError(['设置无效，未生成专报：', ...settingProblems.map((p) => `  ${p}`)].join('\n'));

  const source = new NothingReadGuard(new XlsxFileSource(opts.inputs, progressReporter(opts, io), opts.threads ?? 'auto'), opts.inputs, found.folders);
  const sink = opts.out ? new XlsxFileSink(opts.out) : null;
  // Sheet models are laid out only for --out; the change since the previous issue (--history) is
  // added to the result, the bulletin's prose and the documents by runBuild.
  // The laid-out sheets are not kept: once written they are collected before the JSON is made.
  const { result, bulletin: model, history: compared } = await runBuild({ source, settings, sink, today: todayIso(), ...(store ? { history: store } : {}) });
  const diff = compared?.diff ?? null;
  const historyFindings = compared?.findings ?? [];

  // Validated against the result's schema as it is written, element by element (resultJson.ts).
  // Their folders are made as the bulletin's is (the guard checked they can be).
  for (const file of [opts.json, opts.docx]) if (file) await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  if (opts.json) await writeValidatedJson(opts.json, ResultSchema, result);
  if (opts.docx) {
    // Loaded only when asked for: the docx library is a tenth of the command's start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { bulletinDocx } = require('../docx/bulletinDocx') as typeof import('../docx/bulletinDocx');
    await fs.writeFile(opts.docx, await bulletinDocx(model, { settings }));
  }
  const docxFiles = opts.docxDir ? await writeSupervisionDocs(opts.docxDir, result, model, settings) : [];
  const snapshot = store?.lastSaved ?? null;
  if (!opts.quiet) io.out(summaryTable(result) + chasingText(result));
  for (const f of result.files.filter((x) => x.error)) io.err(`错误：${f.error}\n`);
  for (const f of result.findings.filter((x) => x.code === 'file_not_spreadsheet' && x.severity === 'info')) io.err(`提示：${f.message}\n`);
  io.err(buildNotes(result, { ...(opts.out ? { out: opts.out } : {}), ...(opts.json ? { json: opts.json } : {}), sheet: settings.bulletinSheet }));
  if (opts.out) io.err(`专报已写入 ${opts.out}\n`);
  if (opts.json) io.err(`结果已写入 ${opts.json}\n`);
  if (opts.docx) io.err(`Word 专报已写入 ${opts.docx}\n`);
  if (opts.docxDir) io.err(docxFiles.length ? `督办清单 Word 文件 ${docxFiles.length} 个已写入 ${opts.docxDir}\n` : '本期没有未达到序时进度的指标，未生成督办清单 Word 文件\n');
  if (!opts.out && !opts.json && !opts.docx && !opts.docxDir) io.err('未指定输出文件：加 --out 专报.xlsx 写出专报工作簿（--docx 写 Word，--json 写结果数据）。\n');
  for (const f of historyFindings) io.err(`警告：${f.message}\n`);
  if (diff) io.err(`已与${diff.previousIssue !== null ? `第 ${diff.previousIssue} 期` : '上期'}（${diff.previousFile ?? ''}）比较：新增未达到序时进度 ${diff.newlyBehind.length} 个，恢复 ${diff.recovered.length} 个\n`);
  else if (opts.history && !historyFindings.length) io.err('快照文件夹中没有更早的一期，本期不与上期比较\n');
  if (snapshot) io.err(`第 ${settings.issue} 期快照已写入 ${snapshot}\n`);
  return result.files.some((f) => f.error) ? 2 : 0;
}
