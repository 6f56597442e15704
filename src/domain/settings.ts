/**
 * Settings: everything the clerk can change, validated with zod wherever they come from (CLI
 * arguments, a workbook's stored settings, the task pane). Types are derived from the schemas.
 */
import { sheetNameProblem } from './sheetName';
import { z } from 'zod';
import { isoDate as calendarIso } from './asOfDate';

const zhCN = z.locales.zhCN();
import { FIELD_ROLES } from './headerRecognition';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => calendarIso(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))) !== null, '日期不存在');

/** A column mapping corrected by hand, remembered per layout (keyed by the layout's header texts). */
export const ColumnMappingSchema = z.object({
  layoutKey: z.string().min(1),
  /** Role → column letter. A role mapped to null is removed from the detected layout. */
  columns: z.partialRecord(z.enum(FIELD_ROLES), z.string().regex(/^[A-Z]{1,3}$/).nullable()),
  /** Header row (1-based), when detection picked the wrong one. */
  headerRow: z.number().int().positive().optional(),
});
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** A node schedule given by the clerk for indicators whose name contains `match`. */
export const NodeScheduleSchema = z.object({
  match: z.string().min(1),
  /** e.g. "一季度20%、上半年50%、前三季度80%、全年100%" */
  nodes: z.string().min(1),
});

/** A worksheet name Excel accepts. */
const SheetNameSchema = z.string().superRefine((name, ctx) => {
  const problem = sheetNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: `工作表名称「${name}」${problem}` });
});

export const SettingsSchema = z.object({
  title: z.string().default('实现好惠民生增福祉的期盼工作专报'),
  office: z.string().default('市“实现好惠民生增福祉的期盼”工作专班'),
  issue: z.number().int().positive().default(1),
  /** Bulletin date (落款日期); defaults to the as-of date when absent. */
  reportDate: isoDate.optional(),
  /** 【工作概况】: the clerk's own opening paragraph(s); blank lines separate paragraphs. Omitted when empty. */
  overview: z.string().max(20000).default(''),
  /** 【工作亮点】: the clerk's highlights text; the first line is its heading. Omitted when empty. */
  highlights: z.string().max(20000).default(''),
  /** Data as-of date; detected from the workbooks when absent. */
  asOf: isoDate.optional(),
  mode: z.enum(['day', 'month']).default('day'),
  /** Percentage points below time progress still counted as on schedule. */
  tolerance: z.number().min(0).max(100).default(0),
  /** Gap (percentage points) to time progress from which a lagging indicator is red, not yellow. */
  redGap: z.number().min(0).max(100).default(30),
  colours: z
    .object({
      yellowFill: z.string().regex(/^#[0-9A-Fa-f]{6}$/).default('#FFF2CC'),
      yellowFont: z.string().regex(/^#[0-9A-Fa-f]{6}$/).default('#7F6000'),
      redFill: z.string().regex(/^#[0-9A-Fa-f]{6}$/).default('#F8CBAD'),
      redFont: z.string().regex(/^#[0-9A-Fa-f]{6}$/).default('#9C0006'),
    })
    .default({ yellowFill: '#FFF2CC', yellowFont: '#7F6000', redFill: '#F8CBAD', redFont: '#9C0006' }),
  /** Names of indicators that are lower-is-better by nature; the clerk can extend the list. */
  reverseKeywords: z.array(z.string().min(1)).default(['失业率', '浓度', '发生率', '死亡率', '事故', '发案率', '超标', '投诉率', '差错率', '能耗']),
  /** Suffix that turns a bare level (省级) into the bulletin's section title (省级十大重点民生实事). */
  sectionTitleSuffix: z.string().default('十大重点民生实事'),
  /** Section titles by section key, overriding the suffix rule. */
  sectionTitles: z.record(z.string(), z.string()).default({}),
  /** Sections in bulletin order (keys); others follow in the order first read. */
  sectionOrder: z.array(z.string()).default(['省级', '市级']),
  /** Projects in bulletin order, matched by containment; others follow in the order first read. */
  projectOrder: z
    .array(z.string())
    .default(['幼有所育', '学有所教', '劳有所得', '病有所医', '老有所养', '住有所居', '弱有所扶', '急有所助', '难有所帮', '愁有所解']),
  nodeSchedules: z.array(NodeScheduleSchema).default([]),
  mappings: z.array(ColumnMappingSchema).default([]),
  /** In Excel: recompute statuses and re-apply highlights when a bound sheet changes (数据变化时自动重算). */
  autoRecompute: z.boolean().default(false),
  /** Name of the bulletin sheet and of the ledger sheet written by Zhuanbao. */
  bulletinSheet: SheetNameSchema.default('工作专报'),
  ledgerSheet: SheetNameSchema.default('汇总台账'),
  /** Name of the 督办清单 sheet (a block per department with lagging indicators). */
  supervisionSheet: SheetNameSchema.default('督办清单'),
  /** 报送情况: departments expected to report every issue, besides those of the last issue. */
  expectedDepartments: z.array(z.string().trim().min(1)).max(2000).default([]),
  /**
   * Prefixes the clerk treats as the same department with or without them ("市" makes 市人社局 and
   * 人社局 one department). None by default: 市人社局 and 县人社局 may well be two.
   */
  deptPrefixes: z.array(z.string().trim().min(1)).max(100).default([]),
  /** Names that are one department (["人社局", "人力资源和社会保障局"]); the first is the one shown. */
  deptAliases: z.array(z.array(z.string().trim().min(1)).min(2)).max(2000).default([]),
  /**
   * The request closing each department's 督办清单 block, e.g. "请{单位}对照序时进度加快推进。"
   * ({单位} becomes the department). Empty: no request is written (none is invented).
   */
  supervisionPhrase: z.string().max(500).default(''),
  /** 排名: rank the departments in the bulletin sheet by share of indicators on schedule. */
  ranking: z.boolean().default(false),
}).refine((s) => s.bulletinSheet.toLowerCase() !== s.ledgerSheet.toLowerCase(), { message: '专报和台账的工作表名称不能相同', path: ['ledgerSheet'] })
  .refine((s) => ![s.bulletinSheet, s.ledgerSheet].some((n) => n.toLowerCase() === s.supervisionSheet.toLowerCase()), { message: '督办清单的工作表名称不能与专报或台账相同', path: ['supervisionSheet'] });
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

/**
 * Settings with every default filled in, from partial input. Throws a zod error on bad input; use
 * {@link safeSettings} at boundaries where a message is wanted instead.
 * @example parseSettings({ issue: 2 }).mode === 'day'
 */
export function parseSettings(input: SettingsInput = {}): Settings {
  return SettingsSchema.parse(input);
}

/**
 * Validates stored settings; on failure returns the defaults and the problems in Chinese.
 * @example safeSettings({ issue: -1 }) → { settings: defaults, problems: ['issue：…'] }
 */
export function safeSettings(input: unknown): { settings: Settings; problems: string[] } {
  // zod's own messages (a wrong type, a number out of range) in Chinese too; the schema's messages take precedence.
  const r = SettingsSchema.safeParse(input ?? {}, { error: zhCN.localeError });
  if (r.success) return { settings: r.data, problems: [] };
  return {
    settings: SettingsSchema.parse({}),
    problems: r.error.issues.map((i) => `${i.path.join('.') || '设置'}：${i.message}`),
  };
}
