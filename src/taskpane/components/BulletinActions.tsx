/**
 * The 专报 tab's buttons: 生成专报, 标记滞后, 清除标记, 下载 Word 版, and the progress bar of a build
 * under way. Props only: the host calls come in as handlers.
 */
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { BuildProgress } from '../host';
import { BuildProgressBar } from './BuildProgressBar';

const useStyles = makeStyles({
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface BulletinActionsProps {
  building: boolean;
  /** True once there is an outcome to mark or export. */
  built: boolean;
  exporting: boolean;
  progress: BuildProgress | null;
  onBuild: () => void;
  onMark: () => void;
  onClear: () => void;
  onExportDocx: () => void;
  onCancel: () => void;
}

/**
 * The buttons of the 专报 tab, with the progress of a build under way.
 * @example <BulletinActions building={false} built exporting={false} progress={null} onBuild={build} … />
 */
export function BulletinActions(p: BulletinActionsProps): React.JSX.Element {
  const s = useStyles();
  return (
    <>
      <div className={s.buttons}>
        <Button appearance="primary" size="large" onClick={p.onBuild} disabled={p.building} data-testid="build">生成专报</Button>
        <Button onClick={p.onMark} disabled={!p.built || p.building}>标记滞后</Button>
        <Button onClick={p.onClear} disabled={p.building}>清除标记</Button>
        <Button onClick={p.onExportDocx} disabled={!p.built || p.building || p.exporting} data-testid="download-docx">{p.exporting ? '正在生成 Word…' : '下载 Word 版'}</Button>
      </div>
      {p.building && p.progress && <BuildProgressBar progress={p.progress} onCancel={p.onCancel} />}
    </>
  );
}
