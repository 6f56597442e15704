import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { BulletinModel } from '../../domain/bulletinModel';
import { ShowMore, usePaged } from './ShowMore';

const useStyles = makeStyles({
  page: {
    backgroundColor: tokens.colorNeutralBackground1, padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase, lineHeight: tokens.lineHeightBase400,
  },
  title: { textAlign: 'center', color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightBold, margin: 0 },
  meta: { display: 'flex', justifyContent: 'space-between', borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`, paddingBottom: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
  h: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXS },
  p: { margin: `${tokens.spacingVerticalXXS} 0`, textIndent: '2em' },
  red: { backgroundColor: tokens.colorPaletteRedBackground1 },
  yellow: { backgroundColor: tokens.colorPaletteYellowBackground1 },
});

export interface BulletinPreviewProps {
  bulletin: BulletinModel;
}

type Block =
  | { kind: 'heading'; key: string; text: string }
  | { kind: 'line'; key: string; text: string; lag: 'yellow' | 'red' | null };

/**
 * The bulletin's body after its summaries as paragraphs (a heading, a project's title, one of its
 * lines, a lagging line), for paging by what is drawn.
 */
function bodyBlocks(bulletin: BulletinModel): Block[] {
  const blocks: Block[] = [];
  for (const sec of bulletin.sections) {
    blocks.push({ kind: 'heading', key: `h-${sec.key}`, text: sec.heading });
    for (const p of sec.projects) {
      const key = `${sec.key}-${p.number}`;
      if (p.single) {
        blocks.push({ kind: 'line', key, text: `${p.number}${p.title}：${p.lines[0]?.text ?? ''}`, lag: p.lines[0]?.lag ?? null });
        continue;
      }
      blocks.push({ kind: 'line', key, text: `${p.number}${p.title}`, lag: null });
      for (const l of p.lines) blocks.push({ kind: 'line', key: `${key}-${l.indicatorId}`, text: `${l.number}${l.text}`, lag: l.lag ?? null });
    }
  }
  if (bulletin.lagging.length > 0) blocks.push({ kind: 'heading', key: 'h-lagging', text: '【滞后指标】' });
  bulletin.lagging.forEach((l, i) => blocks.push({ kind: 'line', key: `lag-${l.indicatorId}`, text: `${i + 1}. ${l.name}（${l.dept ?? '未注明单位'}）`, lag: l.lag }));
  return blocks;
}

/**
 * The bulletin as text (never injected HTML): title block, 【工作进度】, sections, lagging list; the
 * body by pages (显示更多), so a province's bulletin does not render all at once.
 */
export function BulletinPreview({ bulletin }: BulletinPreviewProps): React.JSX.Element {
  const s = useStyles();
  const blocks = React.useMemo(() => bodyBlocks(bulletin), [bulletin]);
  const page = usePaged(blocks);
  return (
    <article className={s.page} aria-label="专报预览" data-testid="bulletin-preview">
      <h2 className={s.title}>{bulletin.title}</h2>
      <div className={s.meta}>
        <Text>{bulletin.issueLabel}</Text>
        <Text>{bulletin.office}</Text>
        <Text>{bulletin.dateText}</Text>
      </div>
      <div className={s.h}>【工作进度】</div>
      <p className={s.p}>{bulletin.progressIntro}</p>
      {bulletin.sections.map((sec) => <p key={sec.key} className={s.p}>{sec.summary}</p>)}
      {page.shown.map((b) => (b.kind === 'heading'
        ? <div key={b.key} className={s.h}>{b.text}</div>
        : <p key={b.key} className={`${s.p} ${b.lag ? s[b.lag] : ''}`}>{b.text}</p>))}
      <ShowMore rest={page.rest} onMore={page.more} />
    </article>
  );
}
