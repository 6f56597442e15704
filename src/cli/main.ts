/**
 * The `zhuanbao` command:
 *   zhuanbao build <workbook.xlsx | folder>... [--as-of YYYY-MM-DD] [--mode day|month] [--issue N]
 *                  [--out bulletin.xlsx] [--json result.json] [--docx bulletin.docx] [--history DIR]
 *                  [--threads N]
 * Exit codes: 0 done; 2 a file could not be read (the others were still read and written) or bad
 * arguments; 1 an unexpected failure.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { ResultSchema } from '../domain/resultSchema';
import { SettingsInput, safeSettings } from '../domain/settings';
import { runBuild } from '../engine/runBuild';
import { XlsxFileSource } from '../xlsx/fileSource';
import { XlsxFileSink } from '../xlsx/fileSink';
import { BuildOptions, BuildOptionsSchema } from './cliOptions';
import { DirSnapshotStore } from './historyStore';
import { summaryTable } from './summaryTable';
import { writeValidatedJson } from './resultJson';

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function loadSettingsFile(file: string | undefined): Promise<{ input: SettingsInput; problems: string[] }> {
  if (!file) return { input: {}, problems: [] };
  const text = await fs.readFile(file, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { input: {}, problems: [`设置文件「${file}」不是有效的 JSON：${(err as Error).message}`] };
  }
  const { problems } = safeSettings(parsed);
  return { input: problems.length ? {} : (parsed as SettingsInput), problems };
}

async function build(opts: BuildOptions, io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  const fromFile = await loadSettingsFile(opts.settings);
  for (const p of fromFile.problems) io.err(`设置无效，已使用默认设置：${p}\n`);
  const input: SettingsInput = { ...fromFile.input, mode: opts.mode };
  if (opts.asOf) input.asOf = opts.asOf;
  if (opts.issue) input.issue = opts.issue;
  if (opts.reportDate) input.reportDate = opts.reportDate;
  // With a history folder and no issue given, the issue follows the latest snapshot's.
  const store = opts.history ? new DirSnapshotStore(opts.history) : null;
  const lastIssue = store ? await store.latestIssue() : undefined;
  if (!opts.issue && fromFile.input.issue === undefined && lastIssue !== undefined) input.issue = lastIssue + 1;
  const { settings, problems } = safeSettings(input);
  for (const p of problems) io.err(`设置无效：${p}\n`);

  if (opts.out) {
    const out = path.resolve(opts.out);
    if (opts.inputs.some((i) => path.resolve(i) === out)) {
      io.err(`参数错误：输出文件「${opts.out}」是输入的跟踪表之一。为保护原始数据，请另指定输出文件。\n`);
      return 2;
    }
  }
  const showProgress = !opts.quiet;
  const tty = Boolean(process.stderr.isTTY);
  let lastShown = 0;
  const source = new XlsxFileSource(opts.inputs, (done, total, file) => {
    if (!showProgress || total < 2) return;
    if (tty) {
      io.err(`\r读取 ${done}/${total}：${file.replace(/^.*[\\/]/, '')}`.padEnd(60) + (done === total ? '\n' : ''));
    } else if (done === total || Math.floor((done * 10) / total) > Math.floor((lastShown * 10) / total)) {
      io.err(`读取 ${done}/${total} 个文件\n`);
      lastShown = done;
    }
  }, opts.threads ?? 'auto');
  const sink = opts.out ? new XlsxFileSink(opts.out) : null;
  // Sheet models are laid out only for --out; the change since the previous issue (--history) is
  // added to the result, the bulletin's prose and the documents by runBuild.
  // The laid-out sheets are not kept: once written they are collected before the JSON is made.
  const { result, bulletin: model, history } = await runBuild({ source, settings, sink, today: todayIso(), ...(store ? { history: store } : {}) });
  const diff = history?.diff ?? null;
  const historyFindings = history?.findings ?? [];

  // Validated against the result's schema as it is written, element by element (resultJson.ts).
  if (opts.json) await writeValidatedJson(opts.json, ResultSchema, result);
  if (opts.docx) {
    // Loaded only when asked for: the docx library is a tenth of the command's start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { bulletinDocx } = require('../docx/bulletinDocx') as typeof import('../docx/bulletinDocx');
    await fs.writeFile(opts.docx, await bulletinDocx(model, { settings }));
  }
  const snapshot = store?.lastSaved ?? null;
  if (!opts.quiet) io.out(summaryTable(result));
  for (const f of result.files.filter((x) => x.error)) io.err(`错误：${f.error}\n`);
  for (const f of result.findings.filter((x) => x.code === 'file_not_spreadsheet' && x.severity === 'info')) io.err(`提示：${f.message}\n`);
  if (opts.out) io.err(`专报已写入 ${opts.out}\n`);
  if (opts.json) io.err(`结果已写入 ${opts.json}\n`);
  if (opts.docx) io.err(`Word 专报已写入 ${opts.docx}\n`);
  for (const f of historyFindings) io.err(`警告：${f.message}\n`);
  if (diff) io.err(`已与${diff.previousIssue !== null ? `第 ${diff.previousIssue} 期` : '上期'}（${diff.previousFile ?? ''}）比较：新增未达到序时进度 ${diff.newlyBehind.length} 个，恢复 ${diff.recovered.length} 个\n`);
  else if (opts.history && !historyFindings.length) io.err('快照文件夹中没有更早的一期，本期不与上期比较\n');
  if (snapshot) io.err(`第 ${settings.issue} 期快照已写入 ${snapshot}\n`);
  return result.files.some((f) => f.error) ? 2 : 0;
}

/**
 * Runs the command with the given arguments; resolves to the exit code.
 * @example await main(['build', 'fixtures/2026-03', '--as-of', '2026-03-20']) === 0
 */
export async function main(
  argv: string[],
  io: { out: (s: string) => void; err: (s: string) => void } = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('zhuanbao')
    .description('工作专报：读取各单位民生实事跟踪表，核算完成率与序时进度，生成专报工作簿')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  program
    .command('build')
    .description('读取跟踪表（.xlsx 文件或文件夹），生成专报')
    .argument('<inputs...>', '工作簿 .xlsx 或包含工作簿的文件夹')
    .option('--as-of <date>', '数据截至日期 YYYY-MM-DD（默认取表中“数据截至”）')
    .option('--mode <mode>', '序时进度口径：day 按天，month 按整月', 'day')
    .option('--issue <n>', '期数')
    .option('--report-date <date>', '专报落款日期 YYYY-MM-DD')
    .option('--out <file>', '输出专报工作簿 .xlsx')
    .option('--json <file>', '输出机器可读结果 .json')
    .option('--docx <file>', '输出专报 Word 文档 .docx（GB/T 9704 版式）')
    .option('--history <dir>', '快照文件夹：与上一期比较变化，并保存本期快照')
    .option('--settings <file>', '设置文件 .json（标题、专班名称、阈值等）')
    .option('-q, --quiet', '不输出汇总表和进度')
    .option('--threads <n>', '读取工作簿的辅助线程数（0 为仅主线程；默认在 4 核及以上、8 个文件起为 CPU 核数减 1）')
    .action(async (inputs: string[], raw: Record<string, unknown>) => {
      const parsed = BuildOptionsSchema.safeParse({ ...raw, inputs });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) io.err(`参数错误：${issue.message}\n`);
        code = 2;
        return;
      }
      code = await build(parsed.data, io);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof z.ZodError) {
      io.err(`内部错误：结果不符合格式：${err.message}\n`);
      return 1;
    }
    io.err(`出错了：${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  return code;
}
