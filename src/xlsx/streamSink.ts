/**
 * Writing very large bulletins (province scale: a ledger of 100,000 indicators) with ExcelJS's
 * streaming writer: rows go to the file as they are written, so memory stays flat instead of holding
 * every cell of both sheets as ExcelJS objects (4 GB for 100,000 indicators), and the zip is
 * compressed by Node's zlib.
 *
 * The streaming writer writes a new workbook only and knows no Excel tables: it is used when the
 * output holds nothing but Zhuanbao's own sheets, and the ledger's table becomes a header with
 * filter buttons (the same columns and rows). Print titles are not written either.
 */
import ExcelJS from 'exceljs';
import { SheetModel } from '../domain/sheetModel';
import { cellAddress } from '../domain/grid';
import { StyleCache, checkMerges, excelCellValue, sheetOptions } from './xlsxSink';

/** From this many rows over all sheets, a new output is written with the streaming writer. */
export const STREAM_ROWS = 50_000;

/**
 * Writes the sheets to `file` as a new workbook, streaming.
 * @example await writeStreaming('专报.xlsx', [bulletinSheet, ledgerSheet])
 */
export async function writeStreaming(file: string, sheets: SheetModel[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: 1 } },
  } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  wb.creator = 'Zhuanbao 工作专报';
  for (const model of sheets) writeSheet(wb, model);
  await wb.commit();
}

function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, model: SheetModel): void {
  const ws = wb.addWorksheet(model.name, sheetOptions(model, false));
  ws.columns = model.columns.map((c) => ({ width: c.width })) as ExcelJS.Column[];
  if (model.table) {
    const t = model.table;
    ws.autoFilter = `${cellAddress(t.range.top, 1)}:${cellAddress(t.range.bottom, Math.max(1, t.columns.length))}`;
  }
  checkMerges(model.name, model.merges);
  // Merges are applied while their rows are still open; rows are committed behind them.
  const byTop = new Map<number, SheetModel['merges']>();
  for (const m of model.merges) {
    const list = byTop.get(m.top);
    if (list) list.push(m);
    else byTop.set(m.top, [m]);
  }
  const internal = ws as unknown as { _merges?: unknown[] };
  const styles = new StyleCache();
  let open = 0; // rows up to here may still be covered by a merge starting above
  for (let ri = 0; ri < model.rows.length; ri++) {
    const r = ri + 1;
    const row = model.rows[ri];
    const xrow = ws.getRow(r);
    if (row?.height) xrow.height = row.height;
    row?.cells.forEach((cell, ci) => {
      if (!cell) return;
      const xc = xrow.getCell(ci + 1);
      xc.value = excelCellValue(cell.value);
      if (cell.style) xc.style = styles.of(cell.style) as ExcelJS.Style;
    });
    for (const m of byTop.get(r) ?? []) {
      // Overlaps were checked above in linear time; ExcelJS's own check is quadratic.
      const all = internal._merges;
      if (Array.isArray(all)) {
        internal._merges = [];
        try { ws.mergeCells(m.top, m.left, m.bottom, m.right); } finally { all.push(...internal._merges); internal._merges = all; }
      } else ws.mergeCells(m.top, m.left, m.bottom, m.right);
      open = Math.max(open, m.bottom);
    }
    if (r >= open) xrow.commit();
  }
  ws.commit();
}
