"use strict";
/**
 * Failures a clerk can cause and fix (a wrong path, a folder without permission, a settings file with
 * errors, an output that cannot be written): a Chinese message and exit code 2. Everything else is a
 * fault of Zhuanbao itself and exits 1.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClerkError = void 0;
exports.systemErrorIn = systemErrorIn;
exports.fsProblem = fsProblem;
/** A failure the clerk can fix; its message is Chinese and is printed as it is. */
class ClerkError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'ClerkError';
    }
}
exports.ClerkError = ClerkError;
/**
 * The Node system error (with an errno `code`) in an error or its chain of causes, if any. Checked by
 * shape, not `instanceof Error`: errors made by Node's own modules come from another realm under jest.
 * @example systemErrorIn(new Error('写入失败', { cause: Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }) }))?.code === 'ENOSPC'
 */
function systemErrorIn(err) {
    let e = err;
    for (let depth = 0; typeof e === 'object' && e !== null && depth < 10; depth++) {
        const code = e.code;
        if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
            return e;
        e = e.cause;
    }
    return null;
}
/**
 * The plain Chinese sentence for a file-system error the clerk can fix, or null when the error is
 * not one of those (then it is Zhuanbao's fault). `what` names the thing ("设置文件", "输出文件").
 * @example fsProblem(Object.assign(new Error('EACCES'), { code: 'EACCES', path: '/a' }), '文件夹') === '没有权限访问文件夹「/a」。请检查权限，或换一个位置。'
 */
function fsProblem(err, what = '文件', file) {
    const sys = systemErrorIn(err);
    if (!sys)
        return null;
    const p = file ?? sys.path ?? '';
    const named = p ? `${what}「${p}」` : what;
    switch (sys.code) {
        case 'ENOENT':
            return `找不到${named}。请检查路径是否写对。`;
        case 'EACCES':
        case 'EPERM':
            return `没有权限访问${named}。请检查权限，或换一个位置。`;
        case 'EISDIR':
            return `${named}是一个文件夹，这里需要的是文件。`;
        case 'ENOTDIR':
            return `${named}的路径中有一段是文件而不是文件夹。请检查路径。`;
        case 'EROFS':
            return `${named}所在的磁盘是只读的，无法写入。请换一个位置。`;
        case 'ENOSPC':
        case 'EDQUOT':
            return `磁盘空间不足，无法写入${named}。请清理磁盘或换一个位置。`;
        case 'EBUSY':
        case 'ETXTBSY':
            return `${named}正被其他程序占用（例如已在 Excel 中打开）。请关闭后重试。`;
        case 'ENAMETOOLONG':
            return `${named}的路径太长。请换一个短一些的路径。`;
        case 'ELOOP':
            return `${named}的快捷方式（符号链接）指向自身，无法打开。`;
        default:
            return null;
    }
}
