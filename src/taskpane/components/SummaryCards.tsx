import * as React from 'react';
import { Badge, Body1, Caption1, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SectionCard } from '../viewModel';

const useStyles = makeStyles({
  cards: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: tokens.spacingHorizontalS },
  count: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  value: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
});

export interface SummaryCardsProps {
  cards: SectionCard[];
}

/** One card per section with the bulletin's counts. */
export function SummaryCards({ cards }: SummaryCardsProps): React.JSX.Element {
  const s = useStyles();
  return (
    <div className={s.cards}>
      {cards.map((c) => (
        <Card key={c.section} data-testid="section-card" data-section={c.section}>
          <CardHeader
            header={<Text weight="semibold">{c.title}</Text>}
            description={<Caption1>{`${c.projects} 个项目 · ${c.indicators} 个指标`}</Caption1>}
          />
          <div className={s.counts}>
            {c.counts.map((n) => (
              <div key={n.key} className={s.count}>
                <span className={s.value} data-testid={`count-${n.key}`}>{n.value}</span>
                <Badge color={n.badge.color} appearance={n.badge.appearance}>{n.label}</Badge>
              </div>
            ))}
          </div>
          <Body1>{c.sentence}</Body1>
        </Card>
      ))}
    </div>
  );
}
