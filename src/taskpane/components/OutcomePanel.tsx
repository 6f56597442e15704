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
import { ReportingPanel } from './ReportingPanel';
import { SupervisionPanel, SupervisionPanelProps } from './SupervisionPanel';

export interface OutcomePanelProps {
  view: OutcomeView;
  bulletin: BulletinModel;
  /** Shows the bulletin as text (preview mode: there is no sheet to look at). */
  showPreview: boolean;
  onSelect: (source: SourceRef) => void;
  /** The 督办清单's sheet and Word files (the blocks come from the view). */
  supervision: Omit<SupervisionPanelProps, 'blocks'>;
}

/** A build's outcome: totals, 报送情况, section cards, chart, lagging list, 督办清单, change since the last issue, findings, preview. */
export function OutcomePanel({ view, bulletin, showPreview, onSelect, supervision }: OutcomePanelProps): React.JSX.Element {
  return (
    <>
      <Text data-testid="totals">
        {`数据截至 ${view.asOf}，序时进度 ${view.timeProgress}%：共 ${view.totals.indicators} 个指标，达到序时进度 ${view.totals.reached} 个（完成全年任务 ${view.totals.completed} 个），未达到 ${view.totals.behind} 个。`}
      </Text>
      {view.reporting && <ReportingPanel view={view.reporting} />}
      <SummaryCards cards={view.cards} />
      <Subtitle2 as="h2">完成率与序时进度</Subtitle2>
      <ProgressChart chart={view.chart} />
      <Subtitle2 as="h2">{`滞后指标（${view.lagging.length}）`}</Subtitle2>
      <LaggingList items={view.lagging} onSelect={onSelect} />
      <SupervisionPanel blocks={view.supervision} {...supervision} />
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
