"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SettingsSchema = exports.NodeScheduleSchema = exports.ColumnMappingSchema = void 0;
exports.parseSettings = parseSettings;
exports.safeSettings = safeSettings;
/**
 * Settings: everything the clerk can change, validated with zod wherever they come from (CLI
 * arguments, a workbook's stored settings, the task pane). Types are derived from the schemas.
 */
const sheetName_1 = require("./sheetName");
const zod_1 = require("zod");
const asOfDate_1 = require("./asOfDate");
const zhCN = zod_1.z.locales.zhCN();
const headerRecognition_1 = require("./headerRecognition");
const isoDate = zod_1.z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .refine((s) => (0, asOfDate_1.isoDate)(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))) !== null, '日期不存在');
/** A column mapping corrected by hand, remembered per layout (keyed by the layout's header texts). */
exports.ColumnMappingSchema = zod_1.z.object({
    layoutKey: zod_1.z.string().min(1),
    /** Role → column letter. A role mapped to null is removed from the detected layout. */
    columns: zod_1.z.partialRecord(zod_1.z.enum(headerRecognition_1.FIELD_ROLES), zod_1.z.string().regex(/^[A-Z]{1,3}$/).nullable()),
    /** Header row (1-based), when detection picked the wrong one. */
    headerRow: zod_1.z.number().int().positive().optional(),
});
/** A node schedule given by the clerk for indicators whose name contains `match`. */
exports.NodeScheduleSchema = zod_1.z.object({
    match: zod_1.z.string().min(1),
    /** e.g. "一季度20%、上半年50%、前三季度80%、全年100%" */
    nodes: zod_1.z.string().min(1),
});
/** A worksheet name Excel accepts. */
const SheetNameSchema = zod_1.z.string().superRefine((name, ctx) => {
    const problem = (0, sheetName_1.sheetNameProblem)(name);
    if (problem)
        ctx.addIssue({ code: 'custom', message: `工作表名称「${name}」${problem}` });
});
exports.SettingsSchema = zod_1.z.object({
    title: zod_1.z.string().default('实现好惠民生增福祉的期盼工作专报'),
    office: zod_1.z.string().default('市“实现好惠民生增福祉的期盼”工作专班'),
    issue: zod_1.z.number().int().positive().default(1),
    /** Bulletin date (落款日期); defaults to the as-of date when absent. */
    reportDate: isoDate.optional(),
    /** 【工作概况】: the clerk's own opening paragraph(s); blank lines separate paragraphs. Omitted when empty. */
    overview: zod_1.z.string().max(20000).default(''),
    /** 【工作亮点】: the clerk's highlights text; the first line is its heading. Omitted when empty. */
    highlights: zod_1.z.string().max(20000).default(''),
    /** Data as-of date; detected from the workbooks when absent. */
    asOf: isoDate.optional(),
    mode: zod_1.z.enum(['day', 'month']).default('day'),
    /** Percentage points below time progress still counted as on schedule. */
    tolerance: zod_1.z.number().min(0).max(100).default(0),
    /** Gap (percentage points) to time progress from which a lagging indicator is red, not yellow. */
    redGap: zod_1.z.number().min(0).max(100).default(30),
    colours: zod_1.z
        .object({
        yellowFill: zod_1.z.string().regex(/^#[0-9A-Fa-f]{6}$/).default('#FFF2CC'),
        yellowFont: zod_1.z.string().regex(/^#[0-9A-Fa-f]{6}$/).default('#7F6000'),
        redFill: zod_1.z.string().regex(/^#[0-9A-Fa-f]{6}$/).default('#F8CBAD'),
        redFont: zod_1.z.string().regex(/^#[0-9A-Fa-f]{6}$/).default('#9C0006'),
    })
        .default({ yellowFill: '#FFF2CC', yellowFont: '#7F6000', redFill: '#F8CBAD', redFont: '#9C0006' }),
    /** Names of indicators that are lower-is-better by nature; the clerk can extend the list. */
    reverseKeywords: zod_1.z.array(zod_1.z.string().min(1)).default(['失业率', '浓度', '发生率', '死亡率', '事故', '发案率', '超标', '投诉率', '差错率', '能耗']),
    /** Suffix that turns a bare level (省级) into the bulletin's section title (省级十大重点民生实事). */
    sectionTitleSuffix: zod_1.z.string().default('十大重点民生实事'),
    /** Section titles by section key, overriding the suffix rule. */
    sectionTitles: zod_1.z.record(zod_1.z.string(), zod_1.z.string()).default({}),
    /** Sections in bulletin order (keys); others follow in the order first read. */
    sectionOrder: zod_1.z.array(zod_1.z.string()).default(['省级', '市级']),
    /** Projects in bulletin order, matched by containment; others follow in the order first read. */
    projectOrder: zod_1.z
        .array(zod_1.z.string())
        .default(['幼有所育', '学有所教', '劳有所得', '病有所医', '老有所养', '住有所居', '弱有所扶', '急有所助', '难有所帮', '愁有所解']),
    nodeSchedules: zod_1.z.array(exports.NodeScheduleSchema).default([]),
    mappings: zod_1.z.array(exports.ColumnMappingSchema).default([]),
    /** In Excel: recompute statuses and re-apply highlights when a bound sheet changes (数据变化时自动重算). */
    autoRecompute: zod_1.z.boolean().default(false),
    /** Name of the bulletin sheet and of the ledger sheet written by Zhuanbao. */
    bulletinSheet: SheetNameSchema.default('工作专报'),
    ledgerSheet: SheetNameSchema.default('汇总台账'),
}).refine((s) => s.bulletinSheet.toLowerCase() !== s.ledgerSheet.toLowerCase(), { message: '专报和台账的工作表名称不能相同', path: ['ledgerSheet'] });
/**
 * Settings with every default filled in, from partial input. Throws a zod error on bad input; use
 * {@link safeSettings} at boundaries where a message is wanted instead.
 * @example parseSettings({ issue: 2 }).mode === 'day'
 */
function parseSettings(input = {}) {
    return exports.SettingsSchema.parse(input);
}
/**
 * Validates stored settings; on failure returns the defaults and the problems in Chinese.
 * @example safeSettings({ issue: -1 }) → { settings: defaults, problems: ['issue：…'] }
 */
function safeSettings(input) {
    // zod's own messages (a wrong type, a number out of range) in Chinese too; the schema's messages take precedence.
    const r = exports.SettingsSchema.safeParse(input ?? {}, { error: zhCN.localeError });
    if (r.success)
        return { settings: r.data, problems: [] };
    return {
        settings: exports.SettingsSchema.parse({}),
        problems: r.error.issues.map((i) => `${i.path.join('.') || '设置'}：${i.message}`),
    };
}
