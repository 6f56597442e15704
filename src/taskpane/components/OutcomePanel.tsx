import * as React from 'react';
import { Subtitle2, Text } from '@fluentui/react-components';
import type { BulletinModel } from '../../domain/bulletinModel';
import type { OutcomeView } from '../outcomeView';
import type { SourceRef } from '../viewModel';
import { SummaryCards } from './SummaryCards';
import { ProgressChart } from './ProgressChart';
import { FindingsList, LaggingList } from './IssueLists';
import { HistoryPanel } from './HistoryPanel';
import { BulletinPreview } from './BulletinPreview';

export interface OutcomePanelProps {
  view: OutcomeView;
  bulletin: BulletinModel;
  /** Shows the bulletin as text (preview mode: there is no sheet to look at). */
  showPreview: boolean;
  onSelect: (source: SourceRef) => void;
}

/** A build's outcome: totals, section cards, chart, lagging list, change since the last issue, findings, preview. */
export function OutcomePanel({ view, bulletin, showPreview, onSelect }: OutcomePanelProps): React.JSX.Element {
  return (
    <>
      <Text data-testid="totals">
        {`数据截至 ${view.asOf}，序时进度 ${view.timeProgress}%：共 ${view.totals.indicators} 个指标，达到序时进度 ${view.totals.reached} 个（完成全年任务 ${view.totals.completed} 个），未达到 ${view.totals.behind} 个。`}
      </Text>
      <SummaryCards cards={view.cards} />
      <Subtitle2 as="h2">完成率与序时进度</Subtitle2>
      <ProgressChart chart={view.chart} />
      <Subtitle2 as="h2">{`滞后指标（${view.lagging.length}）`}</Subtitle2>
      <LaggingList items={view.lagging} onSelect={onSelect} />
      {view.history && <HistoryPanel view={view.history} />}
      <Subtitle2 as="h2">{`数据核查（${view.findings.length}）`}</Subtitle2>
      <FindingsList items={view.findings} onSelect={onSelect} />
      {showPreview && (
        <>
          <Subtitle2 as="h2">专报预览</Subtitle2>
          <BulletinPreview bulletin={bulletin} />
        </>
      )}
    </>
  );
}
