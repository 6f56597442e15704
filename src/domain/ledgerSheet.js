"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LEDGER_HEADERS = void 0;
exports.buildLedgerSheet = buildLedgerSheet;
const statusCodes_1 = require("./statusCodes");
exports.LEDGER_HEADERS = [
    '板块', '项目', '指标', '责任单位', '类型', '全年目标', '累计完成', '单位', '完成率', '上报完成率', '序时进度',
    '状态', '滞后等级', '来源文件', '来源工作表', '来源单元格', '进展情况',
];
const WIDTHS = [16, 22, 30, 12, 8, 14, 14, 8, 10, 10, 10, 14, 9, 16, 14, 10, 50];
function sourceCell(i) {
    const c = i.source.cells;
    return c['done'] ?? c['target'] ?? c['name'] ?? `第 ${i.source.row} 行`;
}
/**
 * Lays out the ledger sheet.
 * @example buildLedgerSheet(result, settings).table?.columns.length === 17
 */
function buildLedgerSheet(result, settings) {
    const rows = [{ cells: exports.LEDGER_HEADERS.map((h) => ({ value: h, style: { bold: true } })) }];
    // Styles shared by the cells that have them (hosts write a shared style once).
    const pctStyle = { numFmt: '0.00%' };
    const intStyle = { numFmt: '#,##0' };
    const decStyle = { numFmt: '#,##0.00' };
    const redStyle = { fill: settings.colours.redFill, color: settings.colours.redFont };
    const yellowStyle = { fill: settings.colours.yellowFill, color: settings.colours.yellowFont };
    const pct = (v) => (v === null ? { value: null } : { value: Math.round(v * 100) / 10000, style: pctStyle });
    const num = (v) => (v === null ? { value: null } : { value: v, style: Number.isInteger(v) ? intStyle : decStyle });
    for (const i of result.indicators) {
        const lagStyle = i.lag === 'red' ? redStyle : i.lag === 'yellow' ? yellowStyle : {};
        rows.push({
            cells: [
                { value: i.sectionTitle }, { value: i.project }, { value: i.name }, { value: i.dept ?? '' }, { value: statusCodes_1.KIND_LABELS[i.kind] },
                num(i.target), num(i.done), { value: i.unit ?? '' }, pct(i.completion), pct(i.reportedCompletion), pct(i.expectedProgress),
                { value: i.statusLabel, style: lagStyle }, { value: i.lag === 'red' ? '红' : i.lag === 'yellow' ? '黄' : '' },
                { value: i.source.file }, { value: i.source.sheet }, { value: sourceCell(i) }, { value: i.progressText },
            ],
        });
    }
    return {
        name: settings.ledgerSheet,
        columns: WIDTHS.map((width) => ({ width })),
        rows,
        merges: [],
        freeze: { rows: 1, cols: 0 },
        print: { orientation: 'landscape', repeatRows: { top: 1, bottom: 1 }, fitToWidth: true },
        table: { name: 'ZhuanbaoLedger', range: { top: 1, left: 1, bottom: Math.max(2, rows.length), right: exports.LEDGER_HEADERS.length }, columns: [...exports.LEDGER_HEADERS] },
        tabColor: '#2F5597',
    };
}
