/**
 * Builders for chasing tests: a department's tracking sheet from its indicators, an issue's worth of
 * departments as a TrackingSource, and issues built one after the other into one snapshot store.
 */
import { SheetGrid } from '../../src/domain/grid';
import { MemorySnapshotStore } from '../../src/domain/memorySnapshotStore';
import { parseSettings, SettingsInput } from '../../src/domain/settings';
import { TrackingSource } from '../../src/domain/workbookPort';
import { BuildOutcome, runBuild } from '../../src/engine/runBuild';
import { sheet } from './grid';

export interface IndicatorSpec {
  name: string;
  target: number;
  done: number;
  unit?: string;
  progress?: string;
}

/**
 * A department's sheet: 指标名称 / 全年目标 / 单位 / 累计完成 / 进展情况 / 责任单位, in `file`.
 * @example deptSheet('人社局', [{ name: '新增城镇就业', target: 6000, done: 1386 }])
 */
export function deptSheet(dept: string, indicators: IndicatorSpec[], file = `${dept}.xlsx`): SheetGrid {
  return sheet([
    ['指标名称', '全年目标', '单位', '累计完成', '进展情况', '责任单位'],
    ...indicators.map((i) => [i.name, i.target, i.unit ?? '个', i.done, i.progress ?? '', dept]),
  ], { file });
}

/** A source giving these grids. */
export function gridsSource(grids: SheetGrid[]): TrackingSource {
  return { readSheets: async () => ({ grids, failures: [] }) };
}

/**
 * Builds issues in a row into one snapshot store: each a list of grids, an as-of date and an issue.
 * @example await issuesInARow([{ issue: 1, asOf: '2026-01-20', grids }], {})
 */
export async function issuesInARow(issues: { issue: number; asOf: string; grids: SheetGrid[] }[], input: SettingsInput = {}, store = new MemorySnapshotStore()): Promise<BuildOutcome[]> {
  const out: BuildOutcome[] = [];
  for (const i of issues) {
    const settings = parseSettings({ ...input, issue: i.issue, asOf: i.asOf });
    out.push(await runBuild({ source: gridsSource(i.grids), settings, sink: null, layout: true, history: store }));
  }
  return out;
}
