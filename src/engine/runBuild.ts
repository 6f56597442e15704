/**
 * One build, host-agnostic: read the tracking sheets from a source, build the report, lay out the
 * bulletin and the ledger, and write them to a sink. The CLI and the add-in both call this.
 */
import { buildBulletinSheet } from '../domain/bulletinSheet';
import { buildBulletinModel } from '../domain/bulletinModel';
import { buildLedgerSheet } from '../domain/ledgerSheet';
import { buildReport } from '../domain/report';
import { BuildResult } from '../domain/resultSchema';
import { Settings } from '../domain/settings';
import { SheetModel } from '../domain/sheetModel';
import { BulletinSink, TrackingSource } from '../domain/workbookPort';
import { BulletinModel } from '../domain/bulletinModel';

export interface BuildRequest {
  source: TrackingSource;
  settings: Settings;
  sink: BulletinSink | null;
  /** The caller's today (ISO), used only when no as-of date is set or found. */
  today?: string;
}

export interface BuildOutcome {
  result: BuildResult;
  bulletin: BulletinModel;
  sheets: SheetModel[];
}

/**
 * Runs a build end to end.
 * @example await runBuild({ source: new XlsxFileSource(['fixtures']), settings, sink: null })
 */
export async function runBuild(req: BuildRequest): Promise<BuildOutcome> {
  const reading = await req.source.readSheets();
  const report = buildReport({ grids: reading.grids, failures: reading.failures, settings: req.settings, fallbackAsOf: req.today });
  const bulletin = buildBulletinModel(report.result, req.settings);
  const sheets = [buildBulletinSheet(bulletin, req.settings), buildLedgerSheet(report.result, req.settings)];
  if (req.sink) await req.sink.writeSheets(sheets);
  return { result: report.result, bulletin, sheets };
}
