import * as React from 'react';
import { Badge, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { HistoryView } from '../viewModel';
import { Sparkline } from './Sparkline';
import { ShowMore, usePaged } from './ShowMore';

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

/** The change since the last issue: summary, per-section counts, newly lagging and recovered, per-indicator change with its trend (each list by pages). */
export function HistoryPanel({ view }: HistoryPanelProps): React.JSX.Element {
  const s = useStyles();
  const newly = usePaged(view.newlyBehind);
  const recovered = usePaged(view.recovered);
  const indicators = usePaged(view.indicators);
  return (
    <section className={s.root} aria-label="较上期变化" data-testid="history">
      <Subtitle2 as="h2">较上期变化</Subtitle2>
      <Text data-testid="history-intro">{view.intro}</Text>
      {view.sections.map((x) => <Text key={x.title}>{`${x.title}：${x.text}`}</Text>)}
      {view.notes.map((n) => <Caption1 key={n}>{n}</Caption1>)}
      <Subtitle2 as="h3">{`新近滞后（${view.newlyBehind.length}）`}</Subtitle2>
      <ul className={s.list}>
        {newly.shown.map((i) => <li key={i.id} className={s.item} data-testid="newly-behind-item"><Text>{i.text}</Text></li>)}
      </ul>
      <ShowMore rest={newly.rest} onMore={newly.more} />
      <Subtitle2 as="h3">{`恢复达到序时进度（${view.recovered.length}）`}</Subtitle2>
      <ul className={s.list}>
        {recovered.shown.map((i) => <li key={i.id} className={s.item} data-testid="recovered-item"><Text>{i.text}</Text></li>)}
      </ul>
      <ShowMore rest={recovered.rest} onMore={recovered.more} />
      <Subtitle2 as="h3">各指标完成率变化</Subtitle2>
      <ul className={s.list}>
        {indicators.shown.map((i) => (
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
      <ShowMore rest={indicators.rest} onMore={indicators.more} />
    </section>
  );
}
