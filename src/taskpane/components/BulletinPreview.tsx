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
  | { kind: 'project'; key: string; project: BulletinModel['sections'][number]['projects'][number] }
  | { kind: 'lag'; key: string; text: string; lag: 'yellow' | 'red' };

/** The bulletin's body after its summaries, block by block (a heading, a project, a lagging line), for paging. */
function bodyBlocks(bulletin: BulletinModel): Block[] {
  const blocks: Block[] = [];
  for (const sec of bulletin.sections) {
    blocks.push({ kind: 'heading', key: `h-${sec.key}`, text: sec.heading });
    for (const p of sec.projects) blocks.push({ kind: 'project', key: `${sec.key}-${p.number}`, project: p });
  }
  if (bulletin.lagging.length > 0) blocks.push({ kind: 'heading', key: 'h-lagging', text: '【滞后指标】' });
  bulletin.lagging.forEach((l, i) => blocks.push({ kind: 'lag', key: `lag-${l.indicatorId}`, text: `${i + 1}. ${l.name}（${l.dept ?? '未注明单位'}）`, lag: l.lag }));
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
  const lagClass = (lag: 'yellow' | 'red' | null | undefined): string => (lag ? s[lag] : '');
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
      {page.shown.map((b) => {
        if (b.kind === 'heading') return <div key={b.key} className={s.h}>{b.text}</div>;
        if (b.kind === 'lag') return <p key={b.key} className={`${s.p} ${s[b.lag]}`}>{b.text}</p>;
        const p = b.project;
        return (
          <div key={b.key}>
            {p.single
              ? <p className={`${s.p} ${lagClass(p.lines[0]?.lag)}`}>{`${p.number}${p.title}：${p.lines[0]?.text ?? ''}`}</p>
              : (
                <>
                  <p className={s.p}>{`${p.number}${p.title}`}</p>
                  {p.lines.map((l) => <p key={l.indicatorId} className={`${s.p} ${lagClass(l.lag)}`}>{`${l.number}${l.text}`}</p>)}
                </>
              )}
          </div>
        );
      })}
      <ShowMore rest={page.rest} onMore={page.more} />
    </article>
  );
}
