/**
 * Everything the 专报 tab shows of a build outcome, derived once per outcome (the components get
 * plain data).
 */
import type { BuildOutcome } from '../engine/runBuild';
import type { StoredSnapshot } from '../domain/workbookPort';
import { chartView, findingsView, historyView, laggingView, sectionCards, totals } from './viewModel';
import { reportingView, supervisionView } from './chasingView';

export interface OutcomeView {
  asOf: string;
  timeProgress: number;
  history: ReturnType<typeof historyView>;
  totals: ReturnType<typeof totals>;
  cards: ReturnType<typeof sectionCards>;
  chart: ReturnType<typeof chartView>;
  lagging: ReturnType<typeof laggingView>;
  findings: ReturnType<typeof findingsView>;
  /** 报送情况 (null for an outcome without it). */
  reporting: ReturnType<typeof reportingView>;
  supervision: ReturnType<typeof supervisionView>;
}

/**
 * The 专报 tab's view of an outcome; `issue` is the issue it was built as.
 * @example outcomeView(outcome, [], 1).totals.indicators === outcome.result.indicators.length
 */
export function outcomeView(outcome: BuildOutcome, snapshots: readonly StoredSnapshot[], issue: number): OutcomeView {
  return {
    asOf: outcome.result.asOf,
    timeProgress: outcome.result.timeProgress,
    history: historyView(outcome.result, outcome.bulletin, snapshots, issue),
    totals: totals(outcome.result),
    cards: sectionCards(outcome.result, outcome.bulletin),
    chart: chartView(outcome.result, outcome.bulletin),
    lagging: laggingView(outcome.bulletin),
    findings: findingsView(outcome.result),
    reporting: reportingView(outcome.result),
    supervision: supervisionView(outcome.result),
  };
}
