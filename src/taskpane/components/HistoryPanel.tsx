import * as React from 'react';
import { Badge, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { HistoryView } from '../viewModel';
import { Sparkline } from './Sparkline';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2,
  },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
});

export interface HistoryPanelProps {
  view: HistoryView;
}

/** The change since the last issue: summary, per-section counts, newly lagging and recovered, per-indicator change with its trend. */
export function HistoryPanel({ view }: HistoryPanelProps): React.JSX.Element {
  const s = useStyles();
  return (
    <section className={s.root} aria-label="较上期变化" data-testid="history">
      <Subtitle2 as="h2">较上期变化</Subtitle2>
      <Text data-testid="history-intro">{view.intro}</Text>
      {view.sections.map((x) => <Text key={x.title}>{`${x.title}：${x.text}`}</Text>)}
      {view.notes.map((n) => <Caption1 key={n}>{n}</Caption1>)}
      <Subtitle2 as="h3">{`新近滞后（${view.newlyBehind.length}）`}</Subtitle2>
      <ul className={s.list}>
        {view.newlyBehind.map((i) => <li key={i.id} className={s.item} data-testid="newly-behind-item"><Text>{i.text}</Text></li>)}
      </ul>
      <Subtitle2 as="h3">{`恢复达到序时进度（${view.recovered.length}）`}</Subtitle2>
      <ul className={s.list}>
        {view.recovered.map((i) => <li key={i.id} className={s.item} data-testid="recovered-item"><Text>{i.text}</Text></li>)}
      </ul>
      <Subtitle2 as="h3">各指标完成率变化</Subtitle2>
      <ul className={s.list}>
        {view.indicators.map((i) => (
          <li key={i.id} className={s.item} data-testid="history-item">
            <div className={s.text}>
              <Text weight="semibold" truncate wrap={false}>{i.name}</Text>
              <Caption1>{`${i.change} · ${i.detail}`}</Caption1>
            </div>
            <Sparkline points={i.trend} />
            <Badge color={i.badge.color} appearance={i.badge.appearance}>{i.badge.label}</Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}
