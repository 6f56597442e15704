/**
 * The 专报 tab's view of the shown outcome. A large outcome's view is computed in steps
 * (outcomeViewInSteps) and rendered as a transition, so a province's outcome does not freeze the
 * pane: React renders it in slices and the clerk can still click meanwhile
 * (https://react.dev/reference/react/startTransition).
 */
import * as React from 'react';
import type { BuildOutcome } from '../../engine/runBuild';
import type { StoredSnapshot } from '../../domain/workbookPort';
import { OutcomeView, outcomeView, outcomeViewInSteps } from '../outcomeView';

/**
 * Up to this many indicators the view is computed in one go (a few milliseconds: a county); beyond,
 * in steps. At 10,000 indicators (a province) the view took some 100 ms in one task.
 */
export const IN_ONE_GO = 500;
import { errorText } from './usePaneMessages';

/** A view and the outcome it shows. */
export interface ShownOutcome {
  outcome: BuildOutcome;
  view: OutcomeView;
}

/**
 * The view of `outcome`: null until the first is ready; while a new one is computed the previous one
 * stays (so the panel is updated, not taken down and put up again).
 * @example const shown = useOutcomeView(outcome, snapshots, builtWith?.issue ?? 1);
 */
export function useOutcomeView(outcome: BuildOutcome | null, snapshots: readonly StoredSnapshot[], issue: number, onError: (message: string) => void): ShownOutcome | null {
  const reportError = React.useRef(onError);
  reportError.current = onError;
  const [shown, setShown] = React.useState<ShownOutcome | null>(null);
  const small = outcome !== null && outcome.result.indicators.length <= IN_ONE_GO;
  // A small outcome's view is computed with the render, as any derived value.
  const direct = React.useMemo(() => (small && outcome ? { outcome, view: outcomeView(outcome, snapshots, issue) } : null), [small, outcome, snapshots, issue]);
  React.useEffect(() => {
    if (!outcome || small) return undefined;
    let current = true;
    outcomeViewInSteps(outcome, snapshots, issue).then((view) => {
      if (current) React.startTransition(() => setShown({ outcome, view }));
    }, (e) => { if (current) reportError.current(`无法显示本次结果：${errorText(e)}`); });
    return () => { current = false; };
  }, [outcome, snapshots, issue, small]);
  return direct ?? shown;
}
