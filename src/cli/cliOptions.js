"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BuildOptionsSchema = void 0;
/**
 * The `zhuanbao build` arguments, validated with zod after commander has parsed them.
 */
const zod_1 = require("zod");
const asOfDate_1 = require("../domain/asOfDate");
/** A calendar date YYYY-MM-DD that exists (2026-02-30 does not). */
function realDate(flag) {
    return zod_1.z.string().superRefine((s, ctx) => {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
        if (!m)
            ctx.addIssue({ code: 'custom', message: `${flag} 的格式应为 YYYY-MM-DD（例如 2026-03-20），收到的是「${s}」` });
        else if (!(0, asOfDate_1.isoDate)(Number(m[1]), Number(m[2]), Number(m[3])))
            ctx.addIssue({ code: 'custom', message: `${flag} 的日期 ${s} 不存在` });
    });
}
exports.BuildOptionsSchema = zod_1.z.object({
    inputs: zod_1.z.array(zod_1.z.string().min(1)).min(1, '请至少指定一个工作簿或文件夹'),
    asOf: realDate('--as-of').optional(),
    mode: zod_1.z.enum(['day', 'month'], { message: '--mode 只能是 day 或 month' }).default('day'),
    issue: zod_1.z.coerce.number({ message: '--issue 应为正整数' }).int('--issue 应为正整数').positive('--issue 应为正整数').optional(),
    out: zod_1.z.string().min(1).optional(),
    json: zod_1.z.string().min(1).optional(),
    /** Word document of the bulletin. */
    docx: zod_1.z.string().min(1).optional(),
    /** Folder of per-issue snapshots: compare with the previous issue, then store this one. */
    history: zod_1.z.string().min(1).optional(),
    settings: zod_1.z.string().min(1).optional(),
    reportDate: realDate('--report-date').optional(),
    quiet: zod_1.z.boolean().default(false),
    /** Worker threads reading the workbooks: 0 reads on the main thread; default one per core from 4 files. */
    threads: zod_1.z.coerce.number({ message: '--threads 应为 0 到 32 的整数' }).int('--threads 应为 0 到 32 的整数').min(0, '--threads 应为 0 到 32 的整数').max(32, '--threads 应为 0 到 32 的整数').optional(),
});
