import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { BulletinModel } from '../../domain/bulletinModel';

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

/** The bulletin as text (never injected HTML): title block, 【工作进度】, sections, lagging list. */
export function BulletinPreview({ bulletin }: BulletinPreviewProps): React.JSX.Element {
  const s = useStyles();
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
      {bulletin.sections.map((sec) => (
        <section key={sec.key}>
          <div className={s.h}>{sec.heading}</div>
          {sec.projects.map((p) => (
            <div key={`${sec.key}-${p.number}`}>
              {p.single
                ? <p className={`${s.p} ${p.lines[0]?.lag ? s[p.lines[0].lag] : ''}`}>{`${p.number}${p.title}：${p.lines[0]?.text ?? ''}`}</p>
                : (
                  <>
                    <p className={s.p}>{`${p.number}${p.title}`}</p>
                    {p.lines.map((l) => <p key={l.indicatorId} className={`${s.p} ${l.lag ? s[l.lag] : ''}`}>{`${l.number}${l.text}`}</p>)}
                  </>
                )}
            </div>
          ))}
        </section>
      ))}
      {bulletin.lagging.length > 0 && (
        <section>
          <div className={s.h}>【滞后指标】</div>
          {bulletin.lagging.map((l, i) => (
            <p key={l.indicatorId} className={`${s.p} ${s[l.lag]}`}>{`${i + 1}. ${l.name}（${l.dept ?? '未注明单位'}）`}</p>
          ))}
        </section>
      )}
    </article>
  );
}
