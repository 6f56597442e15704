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
exports.packageVersion = packageVersion;
exports.main = main;
/**
 * The `zhuanbao` command:
 *   zhuanbao build <workbook.xlsx | folder>... [--as-of YYYY-MM-DD] [--mode day|month] [--issue N]
 *                  [--out bulletin.xlsx] [--json result.json] [--docx bulletin.docx] [--history DIR]
 *                  [--threads N]
 *   zhuanbao --version
 * Exit codes: 0 done; 2 a failure the clerk can fix — bad arguments, nothing to read, an output that
 * may not or cannot be written, a settings file with errors, or a file that could not be read (the
 * others were still read and written); 1 a fault of Zhuanbao itself.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const commander_1 = require("commander");
const zod_1 = require("zod");
const cliOptions_1 = require("./cliOptions");
const buildCommand_1 = require("./buildCommand");
const chineseHelp_1 = require("./chineseHelp");
const clerkError_1 = require("./clerkError");
/** The package's version (package.json sits two folders up from both src/cli and lib/cli). */
function packageVersion() {
    const text = fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8');
    return zod_1.z.object({ version: zod_1.z.string() }).parse(JSON.parse(text)).version;
}
function program(io, setCode) {
    const root = (0, chineseHelp_1.chineseHelp)(new commander_1.Command())
        .name('zhuanbao')
        .usage('<命令> [选项]')
        .description('工作专报：读取各单位民生实事跟踪表，核算完成率与序时进度，生成专报工作簿')
        .version(packageVersion(), '-v, --version', '显示版本号')
        .exitOverride()
        // Commander's own English error lines are replaced by commanderMessage.
        .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined });
    root
        .command('build')
        .usage('<工作簿或文件夹...> [选项]')
        .description('读取跟踪表（工作簿文件或文件夹），生成专报')
        .argument('<工作簿或文件夹...>', '各单位报来的工作簿（.xlsx 等），或存放它们的文件夹')
        .option('--as-of <日期>', '数据截至日期 YYYY-MM-DD（默认取表中“数据截至”）')
        .option('--mode <口径>', '序时进度口径：day 按天，month 按整月', 'day')
        .option('--issue <期数>', '专报期数（默认 1；有 --history 时为上一期加 1）')
        .option('--report-date <日期>', '专报落款日期 YYYY-MM-DD（默认为数据截至日期）')
        .option('--out <文件>', '写出专报工作簿 .xlsx（已有则只替换专报生成的工作表）')
        .option('--json <文件>', '写出机器可读的结果 .json（全部指标、核查问题、跳过的行）')
        .option('--docx <文件>', '写出专报 Word 文档 .docx（GB/T 9704 版式）')
        .option('--history <文件夹>', '快照文件夹：与上一期比较变化，并保存本期快照')
        .option('--settings <文件>', '设置文件 .json（标题、专班名称、阈值等，见 examples/settings.json）')
        .option('-q, --quiet', '不输出汇总表和读取进度')
        .option('--threads <个数>', '读取工作簿的辅助线程数（0 为仅主线程；默认在 4 核及以上、8 个文件起为 CPU 核数减 1）')
        .addHelpText('after', [
        '',
        '示例：',
        '  zhuanbao build 报表/2026-03 --out 专报/第3期.xlsx',
        '  zhuanbao build 报表/2026-03 --as-of 2026-03-20 --issue 3 --out 专报.xlsx --docx 专报.docx --json 结果.json',
        '',
        '退出码：0 完成；2 有文件未能读取，或参数、路径、设置有误（会说明原因）；1 Zhuanbao 自身出错。',
    ].join('\n'))
        .action(async (inputs, raw) => {
        const parsed = cliOptions_1.BuildOptionsSchema.safeParse({ ...raw, inputs });
        if (!parsed.success) {
            for (const issue of parsed.error.issues)
                io.err(`参数错误：${issue.message}\n`);
            setCode(2);
            return;
        }
        setCode(await (0, buildCommand_1.buildCommand)(parsed.data, io));
    });
    return root;
}
/**
 * Runs the command with the given arguments; resolves to the exit code.
 * @example await main(['build', 'fixtures/2026-03', '--as-of', '2026-03-20']) === 0
 */
async function main(argv, io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }) {
    let code = 0;
    try {
        await program(io, (c) => { code = c; }).parseAsync(argv, { from: 'user' });
    }
    catch (err) {
        if (err instanceof commander_1.CommanderError) {
            const message = (0, chineseHelp_1.commanderMessage)(err);
            if (message)
                io.err(`${message}\n运行 zhuanbao build --help 查看用法。\n`);
            return err.exitCode === 0 ? 0 : 2;
        }
        if (err instanceof clerkError_1.ClerkError) {
            io.err(`${err.message}\n`);
            return 2;
        }
        const problem = (0, clerkError_1.fsProblem)(err);
        if (problem) {
            io.err(`${problem}\n`);
            return 2;
        }
        const detail = err instanceof zod_1.z.ZodError ? `结果不符合格式：${err.message}` : err instanceof Error ? err.message : String(err);
        io.err(`Zhuanbao 内部出错（不是您的操作造成的），请把这条消息发给维护人员：\n  ${detail}\n`);
        return 1;
    }
    return code;
}
