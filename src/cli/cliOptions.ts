/**
 * The `zhuanbao build` arguments, validated with zod after commander has parsed them.
 */
import { z } from 'zod';
import { isoDate } from '../domain/asOfDate';

/** A calendar date YYYY-MM-DD that exists (2026-02-30 does not). */
function realDate(flag: string) {
  return z.string().superRefine((s, ctx) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) ctx.addIssue({ code: 'custom', message: `${flag} 的格式应为 YYYY-MM-DD（例如 2026-03-20），收到的是「${s}」` });
    else if (!isoDate(Number(m[1]), Number(m[2]), Number(m[3]))) ctx.addIssue({ code: 'custom', message: `${flag} 的日期 ${s} 不存在` });
  });
}

export const BuildOptionsSchema = z.object({
  inputs: z.array(z.string().min(1)).min(1, '请至少指定一个工作簿或文件夹'),
  asOf: realDate('--as-of').optional(),
  mode: z.enum(['day', 'month'], { message: '--mode 只能是 day 或 month' }).default('day'),
  issue: z.coerce.number({ message: '--issue 应为正整数' }).int('--issue 应为正整数').positive('--issue 应为正整数').optional(),
  out: z.string().min(1).optional(),
  json: z.string().min(1).optional(),
  /** Word document of the bulletin. */
  docx: z.string().min(1).optional(),
  /** Folder for one Word 督办清单 per department with lagging indicators. */
  docxDir: z.string().min(1).optional(),
  /** Folder of per-issue snapshots: compare with the previous issue, then store this one. */
  history: z.string().min(1).optional(),
  settings: z.string().min(1).optional(),
  reportDate: realDate('--report-date').optional(),
  quiet: z.boolean().default(false),
  /** Worker threads reading the workbooks: 0 reads on the main thread; default one per core from 4 files. */
  threads: z.coerce.number({ message: '--threads 应为 0 到 32 的整数' }).int('--threads 应为 0 到 32 的整数').min(0, '--threads 应为 0 到 32 的整数').max(32, '--threads 应为 0 到 32 的整数').optional(),
});
export type BuildOptions = z.infer<typeof BuildOptionsSchema>;
