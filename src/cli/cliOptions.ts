/**
 * The `zhuanbao build` arguments, validated with zod after commander has parsed them.
 */
import { z } from 'zod';

export const BuildOptionsSchema = z.object({
  inputs: z.array(z.string().min(1)).min(1, '请至少指定一个工作簿或文件夹'),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '--as-of 的格式应为 YYYY-MM-DD')
    .refine((s) => !Number.isNaN(Date.parse(s)), '--as-of 不是有效日期')
    .optional(),
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
  reportDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '--report-date 的格式应为 YYYY-MM-DD').optional(),
  quiet: z.boolean().default(false),
  /** Worker threads reading the workbooks: 0 reads on the main thread; default one per core from 4 files. */
  threads: z.coerce.number({ message: '--threads 应为 0 到 32 的整数' }).int('--threads 应为 0 到 32 的整数').min(0, '--threads 应为 0 到 32 的整数').max(32, '--threads 应为 0 到 32 的整数').optional(),
});
export type BuildOptions = z.infer<typeof BuildOptionsSchema>;
