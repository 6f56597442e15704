import * as React from 'react';
import { Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChartView } from '../viewModel';
import { useToneFills, useToneTexts } from './toneStyles';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  sections: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  track: { position: 'relative', height: '14px', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground3 },
  fill: { position: 'absolute', left: 0, top: 0, bottom: 0, borderRadius: tokens.borderRadiusSmall },
  expected: { position: 'absolute', top: '-3px', bottom: '-3px', width: '2px', marginLeft: '-1px', backgroundColor: tokens.colorNeutralForeground1 },
  scale: { display: 'flex', justifyContent: 'space-between', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  bands: { display: 'grid', gridTemplateColumns: 'auto 1fr auto', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, margin: 0 },
  bandLabel: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  bandTrack: { height: '10px', minWidth: 0 },
  bandBar: { height: '100%', minWidth: '2px', borderRadius: tokens.borderRadiusSmall },
  bandCount: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  legend: { color: tokens.colorNeutralForeground3 },
});

export interface ProgressChartProps {
  chart: ChartView;
}

/**
 * Per section, mean completion as a bar against a mark at mean expected progress (序时进度); then the
 * lagging indicators counted by how far behind. Aggregates only: legible whatever the number of indicators.
 */
export function ProgressChart({ chart }: ProgressChartProps): React.JSX.Element {
  const s = useStyles();
  const fills = useToneFills();
  const texts = useToneTexts();
  return (
    <figure className={s.figure} aria-label="完成率与序时进度" data-testid="progress-chart">
      <ul className={s.sections} aria-label="各板块平均完成率与序时进度">
        {chart.sections.map((b) => (
          <li key={b.title} className={s.section} data-testid="chart-section">
            <Text weight="semibold" size={200}>{b.title}</Text>
            <div className={s.track} role="img" aria-label={`${b.title}：${b.figures}`}>
              <div className={mergeClasses(s.fill, fills[b.tone])} style={{ width: `${b.completionAt}%` }} />
              <div className={s.expected} style={{ left: `${b.expectedAt}%` }} title={`平均序时进度 ${b.expected}%`} />
            </div>
            <Caption1>{b.figures}</Caption1>
            <Caption1 className={texts[b.laggingTone]}>{b.lagging}</Caption1>
          </li>
        ))}
      </ul>
      {chart.sections.length > 0 && (
        <div className={s.scale} aria-hidden><span>0</span><span>50%</span><span>100%</span></div>
      )}
      <Caption1 className={s.legend}>{`条形为平均完成率（单项超过 100% 的按 100% 计），竖线为平均序时进度（本期序时进度 ${chart.timeProgress}%）。`}</Caption1>
      <Text weight="semibold" size={200} data-testid="chart-lagging-summary">{chart.laggingSummary}</Text>
      {chart.bands.length > 0 && (
        <dl className={s.bands} aria-label="滞后指标与序时进度的差距">
          {chart.bands.map((g) => (
            <React.Fragment key={g.label}>
              <dt className={s.bandLabel}>{g.label}</dt>
              <div className={s.bandTrack} aria-hidden>
                {g.count > 0 && <div className={mergeClasses(s.bandBar, fills[g.tone])} style={{ width: `${g.length}%` }} />}
              </div>
              <dd className={s.bandCount} data-testid="chart-band-count">{g.count}</dd>
            </React.Fragment>
          ))}
        </dl>
      )}
    </figure>
  );
}
