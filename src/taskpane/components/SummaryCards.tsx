import * as React from 'react';
import { Body1, Caption1, Card, CardHeader, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SectionCard } from '../viewModel';
import { useToneFills } from './toneStyles';

const useStyles = makeStyles({
  cards: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  count: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  nested: { paddingLeft: tokens.spacingHorizontalL },
  marker: { flexShrink: 0, width: '10px', height: '10px', borderRadius: tokens.borderRadiusCircular },
  label: { flexGrow: 1, minWidth: 0, margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
});

export interface SummaryCardsProps {
  cards: SectionCard[];
}

/** One card per section with the bulletin's counts, each with its label and a marker of its status colour. */
export function SummaryCards({ cards }: SummaryCardsProps): React.JSX.Element {
  const s = useStyles();
  const fills = useToneFills();
  return (
    <div className={s.cards}>
      {cards.map((c) => (
        <Card key={c.section} data-testid="section-card" data-section={c.section}>
          <CardHeader
            header={<Text weight="semibold">{c.title}</Text>}
            description={<Caption1>{`${c.projects} 个项目 · ${c.indicators} 个指标`}</Caption1>}
          />
          <dl className={s.counts}>
            {c.counts.map((n) => (
              <div key={n.key} className={mergeClasses(s.count, n.nested && s.nested)} data-testid="count">
                <span className={mergeClasses(s.marker, fills[n.tone])} aria-hidden />
                <dt className={s.label} data-testid={`count-label-${n.key}`}>{n.label}</dt>
                <dd className={s.value} data-testid={`count-${n.key}`}>{n.value}</dd>
              </div>
            ))}
          </dl>
          <Body1>{c.sentence}</Body1>
        </Card>
      ))}
    </div>
  );
}
