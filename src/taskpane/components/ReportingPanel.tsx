import * as React from 'react';
import { Badge, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportingView } from '../chasingView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(64px, 1fr))', gap: tokens.spacingHorizontalS },
  count: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS },
  value: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS, padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2,
  },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface ReportingPanelProps {
  view: ReportingView;
}

/** 报送情况: counts, then a row per department (who needs chasing first), and why some cannot be judged. */
export function ReportingPanel({ view }: ReportingPanelProps): React.JSX.Element {
  const s = useStyles();
  return (
    <section className={s.root} aria-label="报送情况" data-testid="reporting">
      <Subtitle2 as="h2">报送情况</Subtitle2>
      <div className={s.counts}>
        {view.counts.map((c) => (
          <div key={c.key} className={s.count}>
            <span className={s.value} data-testid={`reporting-${c.key}`}>{c.value}</span>
            <Badge color={c.badge.color} appearance={c.badge.appearance}>{c.label}</Badge>
          </div>
        ))}
      </div>
      <Text data-testid="reporting-headline">{view.headline}</Text>
      {view.note && <Caption1 className={s.note} data-testid="reporting-note">{view.note}</Caption1>}
      <ul className={s.list}>
        {view.departments.map((d) => (
          <li key={d.dept} className={s.item} data-testid="reporting-dept">
            <Badge color={d.badge.color} appearance={d.badge.appearance}>{d.badge.label}</Badge>
            <div className={s.text}>
              <Text weight="semibold">{d.dept}</Text>
              {d.details.map((t) => <Caption1 key={t}>{t}</Caption1>)}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
