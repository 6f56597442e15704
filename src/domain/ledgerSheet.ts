/**
 * The normalised ledger (汇总台账): one Excel table, one row per indicator, in standard columns,
 * filterable and ready for a PivotTable.
 */
import { BuildResult, Indicator } from './resultSchema';
import { Settings } from './settings';
import { CellStyle, SheetCell, SheetModel, SheetRow } from './sheetModel';
import { KIND_LABELS } from './statusCodes';

export const LEDGER_HEADERS = [
  '板块', '项目', '指标', '责任单位', '类型', '全年目标', '累计完成', '单位', '完成率', '上报完成率', '序时进度',
  '状态', '滞后等级', '来源文件', '来源工作表', '来源单元格', '进展情况',
] as const;
const WIDTHS = [16, 22, 30, 12, 8, 14, 14, 8, 10, 10, 10, 14, 9, 16, 14, 10, 50];

function sourceCell(i: Indicator): string {
  const c = i.source.cells;
  return c['done'] ?? c['target'] ?? c['name'] ?? `第 ${i.source.row} 行`;
}

/**
 * Lays out the ledger sheet.
 * @example buildLedgerSheet(result, settings).table?.columns.length === 17
 */
export function buildLedgerSheet(result: BuildResult, settings: Settings): SheetModel {
  const rows: SheetRow[] = [{ cells: LEDGER_HEADERS.map((h) => ({ value: h, style: { bold: true } })) }];
  // Styles shared by the cells that have them (hosts write a shared style once).
  const pctStyle: CellStyle = { numFmt: '0.00%' };
  const intStyle: CellStyle = { numFmt: '#,##0' };
  const decStyle: CellStyle = { numFmt: '#,##0.00' };
  const redStyle: CellStyle = { fill: settings.colours.redFill, color: settings.colours.redFont };
  const yellowStyle: CellStyle = { fill: settings.colours.yellowFill, color: settings.colours.yellowFont };
  const pct = (v: number | null): SheetCell => (v === null ? { value: null } : { value: Math.round(v * 100) / 10000, style: pctStyle });
  const num = (v: number | null): SheetCell => (v === null ? { value: null } : { value: v, style: Number.isInteger(v) ? intStyle : decStyle });
  for (const i of result.indicators) {
    const lagStyle: CellStyle = i.lag === 'red' ? redStyle : i.lag === 'yellow' ? yellowStyle : {};
    rows.push({
      cells: [
        { value: i.sectionTitle }, { value: i.project }, { value: i.name }, { value: i.dept ?? '' }, { value: KIND_LABELS[i.kind] },
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
    table: { name: 'ZhuanbaoLedger', range: { top: 1, left: 1, bottom: Math.max(2, rows.length), right: LEDGER_HEADERS.length }, columns: [...LEDGER_HEADERS] },
    tabColor: '#2F5597',
  };
}
