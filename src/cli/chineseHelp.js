"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.chineseHelp = chineseHelp;
exports.commanderMessage = commanderMessage;
/**
 * Commander's frame in Chinese: the help's titles (Usage:, Options: …), the help option and help
 * command, "(default: …)", and commander's own error messages (unknown option, missing argument …).
 * Commander 14 lets each piece be replaced: configureHelp (Help's styleTitle / optionDescription are
 * overridable, see commander's Help class), helpOption, helpCommand, and exitOverride for errors.
 */
const commander_1 = require("commander");
const string_width_1 = __importDefault(require("string-width"));
const TITLES = {
    'Usage:': '用法：',
    'Arguments:': '参数：',
    'Options:': '选项：',
    'Global Options:': '全局选项：',
    'Commands:': '命令：',
};
/** An option's description with its default in Chinese: "序时进度口径 (默认：day)". */
function optionDescription(option) {
    const extra = [];
    if (option.argChoices)
        extra.push(`可选：${option.argChoices.join('、')}`);
    if (option.defaultValue !== undefined && (option.required || option.optional)) {
        extra.push(`默认：${option.defaultValueDescription ?? String(option.defaultValue)}`);
    }
    return extra.length ? `${option.description}（${extra.join('，')}）` : option.description;
}
/**
 * Puts commander's help frame in Chinese on a program, before its subcommands are added (they
 * inherit it).
 * @example chineseHelp(new Command('zhuanbao')).command('build')
 */
function chineseHelp(program) {
    return program
        .configureHelp({
        styleTitle: (title) => TITLES[title] ?? title,
        // Chinese characters take two columns on a terminal; commander counts one per character.
        displayWidth: (s) => (0, string_width_1.default)(s),
        optionDescription: (option) => optionDescription(option),
        styleUsage: (usage) => usage.replace('[options]', '[选项]').replace('[command]', '[命令]'),
        subcommandTerm: (cmd) => new commander_1.Help().subcommandTerm(cmd).replace('[options]', '[选项]').replace('[command]', '[命令]'),
    })
        .helpOption('-h, --help', '显示帮助')
        .helpCommand('help [命令]', '显示某个命令的帮助');
}
/** The quoted name in a commander message ("error: unknown option '--ot'" → "--ot"). */
function quoted(message) {
    return /'([^']*)'/.exec(message)?.[1] ?? '';
}
/**
 * Commander's error in Chinese, with a hint to the help; null for help and version output (not errors).
 * @example commanderMessage(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--ot'")) === '参数错误：没有选项「--ot」。'
 */
function commanderMessage(err) {
    const name = quoted(err.message);
    const suggestion = /Did you mean (.+?)\?/.exec(err.message)?.[1];
    const hint = suggestion ? `是否想输入 ${suggestion}？` : '';
    switch (err.code) {
        case 'commander.help':
        case 'commander.helpDisplayed':
        case 'commander.version':
            return null;
        case 'commander.unknownOption':
            return `参数错误：没有选项「${name}」。${hint}`;
        case 'commander.unknownCommand':
            return `参数错误：没有命令「${name}」。${hint}`;
        case 'commander.missingArgument':
            return '参数错误：缺少要读取的工作簿或文件夹，例如 zhuanbao build 报表文件夹 --out 专报.xlsx';
        case 'commander.optionMissingArgument':
            return `参数错误：选项 ${name.split(/[ ,]/)[0]} 后面缺少值。`;
        case 'commander.excessArguments':
            return '参数错误：多余的参数。';
        case 'commander.invalidArgument':
            return `参数错误：「${name}」不是有效的值。`;
        default:
            return `参数错误：${err.message.replace(/^error:\s*/, '')}`;
    }
}
