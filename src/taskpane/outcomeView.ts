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

/** Lets the page paint and answer between two steps (a macrotask: input and rendering come first). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The same view, each part computed in a task of its own: at 10,000 indicators each part takes tens
 * of milliseconds, all of them together would freeze the pane for a few hundred.
 * @example const view = await outcomeViewInSteps(outcome, snapshots, 1);
 */
export async function outcomeViewInSteps(outcome: BuildOutcome, snapshots: readonly StoredSnapshot[], issue: number, step: () => Promise<void> = nextTask): Promise<OutcomeView> {
  const { result, bulletin } = outcome;
  const totalsPart = totals(result);
  await step();
  const cards = sectionCards(result, bulletin);
  await step();
  const chart = chartView(result, bulletin);
  await step();
  const lagging = laggingView(bulletin);
  await step();
  const findings = findingsView(result);
  await step();
  const history = historyView(result, bulletin, snapshots, issue);
  await step();
  const reporting = reportingView(result);
  const supervision = supervisionView(result);
  return { asOf: result.asOf, timeProgress: result.timeProgress, history, totals: totalsPart, cards, chart, lagging, findings, reporting, supervision };
}
