"use strict";
/**
 * Office errors wrapped with what Zhuanbao was doing, in Chinese, keeping the original error as the
 * cause and its code. Never swallowed: callers rethrow the wrapped error.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZhuanbaoError = exports.ExcelStepError = void 0;
exports.describeOfficeError = describeOfficeError;
exports.step = step;
/** An error raised while talking to Excel, with the step that failed. */
class ExcelStepError extends Error {
    step;
    /** The office.js error code (e.g. `InvalidArgument`, `ItemNotFound`), when there is one. */
    code;
    constructor(step, cause) {
        super(`${step}时出错：${describeOfficeError(cause)}`, { cause });
        this.step = step;
        this.name = 'ExcelStepError';
        this.code = officeErrorCode(cause);
    }
}
exports.ExcelStepError = ExcelStepError;
/** An error Zhuanbao raises itself (a refusal, not a failure of Excel). */
class ZhuanbaoError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZhuanbaoError';
    }
}
exports.ZhuanbaoError = ZhuanbaoError;
function officeErrorCode(err) {
    if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
        return err.code;
    }
    return undefined;
}
const CODE_HINTS = {
    RequestPayloadSizeLimitExceeded: '一次写入的数据超过了 Excel 的大小限制',
    ItemNotFound: '找不到指定的工作表或区域，可能已被删除或改名',
    ItemAlreadyExists: '同名的工作表或表格已存在',
    InvalidArgument: '参数不正确',
    InvalidBinding: '绑定已失效（绑定的区域可能已被删除）',
    AccessDenied: '工作簿处于只读或受保护状态',
    InvalidOperationInCellEditMode: 'Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 退出编辑',
    GeneralException: 'Excel 内部错误',
    ApiNotFound: '当前 Excel 版本不支持所需的功能，请升级 Excel',
};
/** A plain description of an office.js (or other) error. */
function describeOfficeError(err) {
    const code = officeErrorCode(err);
    const message = err instanceof Error ? err.message : String(err);
    const hint = code ? CODE_HINTS[code] : undefined;
    if (hint)
        return `${hint}（${code}：${message}）`;
    return code ? `${message}（${code}）` : message;
}
/**
 * Runs `fn`; an error is rethrown wrapped with `step` (ZhuanbaoError and already wrapped errors pass
 * through unchanged).
 * @example await step('读取工作表', () => Excel.run(...))
 */
async function step(what, fn) {
    try {
        return await fn();
    }
    catch (err) {
        if (err instanceof ExcelStepError || err instanceof ZhuanbaoError)
            throw err;
        throw new ExcelStepError(what, err);
    }
}
