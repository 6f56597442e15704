import * as React from 'react';
import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FindingView, LaggingView, SourceRef } from '../viewModel';
import { ShowMore, usePaged } from './ShowMore';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  button: {
    display: 'flex', width: '100%', textAlign: 'left', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1, cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':disabled': { cursor: 'default' },
  },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, rowGap: tokens.spacingVerticalXXS },
  empty: { color: tokens.colorNeutralForeground3 },
  // "黄色（轻度滞后）" on one line inside its pill, never squeezed by the text beside it.
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});

export interface LaggingListProps {
  items: LaggingView[];
  onSelect: (source: SourceRef) => void;
}

/** Lagging indicators, worst first (the first page, then 显示更多); clicking one selects its source cell. */
export function LaggingList({ items, onSelect }: LaggingListProps): React.JSX.Element {
  const s = useStyles();
  const page = usePaged(items);
  if (!items.length) return <Text className={s.empty}>没有未达到序时进度的指标。</Text>;
  return (
    <>
      <ul className={s.list} aria-label="滞后指标">
        {page.shown.map((i) => (
          <li key={i.id}>
            <button type="button" className={s.button} data-testid="lagging-item" onClick={() => onSelect(i.source)} title={`定位到 ${i.source.sheet}!${i.source.cell}`}>
              <Badge className={s.badge} color={i.badge.color} appearance={i.badge.appearance} data-testid="lag-badge">{i.badge.label}</Badge>
              <span className={s.text}>
                <Text weight="semibold">{i.title}</Text>
                <Caption1>{i.detail}</Caption1>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <ShowMore rest={page.rest} onMore={page.more} />
    </>
  );
}

export interface FindingsListProps {
  items: FindingView[];
  onSelect: (source: SourceRef) => void;
}

/** Data-check findings (the first page, then 显示更多); those with a cell select it when clicked. */
export function FindingsList({ items, onSelect }: FindingsListProps): React.JSX.Element {
  const s = useStyles();
  const page = usePaged(items);
  if (!items.length) return <Text className={s.empty}>数据核查未发现问题。</Text>;
  return (
    <>
      <ul className={s.list} aria-label="数据核查">
        {page.shown.map((f) => (
          <li key={f.key}>
            <button type="button" className={s.button} data-testid="finding-item" disabled={!f.source} onClick={() => f.source && onSelect(f.source)}>
              <Badge className={s.badge} color={f.badge.color} appearance={f.badge.appearance}>{f.badge.label}</Badge>
              <span className={s.text}>
                <Text>{f.message}</Text>
                {f.where && <Caption1>{f.where}</Caption1>}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <ShowMore rest={page.rest} onMore={page.more} />
    </>
  );
}
