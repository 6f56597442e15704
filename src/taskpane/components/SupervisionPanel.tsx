import * as React from 'react';
import { Badge, Button, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SupervisionView } from '../chasingView';
import { ShowMore, usePaged } from './ShowMore';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  block: {
    display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, justifyContent: 'space-between' },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface SupervisionPanelProps {
  blocks: SupervisionView[];
  /** The 督办清单 sheet's name, when it was written into the workbook (Excel), else null. */
  sheet: string | null;
  busy: boolean;
  onOpenSheet: () => void;
  onDownloadAll: () => void;
  onDownload: (dept: string) => void;
}

/** 督办清单: a block per department with its lagging indicators; the sheet and Word files on offer. */
export function SupervisionPanel({ blocks, sheet, busy, onOpenSheet, onDownloadAll, onDownload }: SupervisionPanelProps): React.JSX.Element {
  const s = useStyles();
  // Paged like the pane's other lists: a province's 督办清单 holds thousands of lagging indicators.
  const page = usePaged(blocks);
  return (
    <section className={s.root} aria-label="督办清单" data-testid="supervision">
      <Subtitle2 as="h2">{`督办清单（${blocks.length} 个单位）`}</Subtitle2>
      {!blocks.length && <Text className={s.empty}>本期所有已下达任务的指标均达到序时进度，无需督办。</Text>}
      {blocks.length > 0 && (
        <div className={s.buttons}>
          {sheet && <Button onClick={onOpenSheet} data-testid="open-supervision-sheet">{`查看工作表「${sheet}」`}</Button>}
          <Button onClick={onDownloadAll} disabled={busy} data-testid="download-supervision-all">{busy ? '正在生成 Word…' : '下载各单位 Word（zip）'}</Button>
        </div>
      )}
      {page.shown.map((b) => <SupervisionBlock key={b.dept} block={b} busy={busy} onDownload={onDownload} />)}
      <ShowMore rest={page.rest} onMore={page.more} />
    </section>
  );
}

interface SupervisionBlockProps {
  block: SupervisionView;
  busy: boolean;
  onDownload: (dept: string) => void;
}

/** One department's block: its lagging indicators (the first page, then 显示更多), the request, its Word file. */
function SupervisionBlock({ block: b, busy, onDownload }: SupervisionBlockProps): React.JSX.Element {
  const s = useStyles();
  const items = usePaged(b.items);
  return (
    <div className={s.block} data-testid="supervision-block">
      <div className={s.head}>
        <Text weight="semibold">{b.dept}</Text>
        <Button size="small" appearance="subtle" onClick={() => onDownload(b.dept)} disabled={busy} aria-label={`下载${b.dept}的督办清单 Word`}>Word</Button>
      </div>
      <Caption1>{b.summary}</Caption1>
      <ul className={s.list}>
        {items.shown.map((i) => (
          <li key={i.id} className={s.item} data-testid="supervision-item">
            <Badge color={i.badge.color} appearance={i.badge.appearance}>{i.badge.label}</Badge>
            <Caption1>{i.text}</Caption1>
          </li>
        ))}
      </ul>
      <ShowMore rest={items.rest} onMore={items.more} />
      {b.request && <Caption1>{b.request}</Caption1>}
    </div>
  );
}
