import * as React from 'react';
import { Button, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BuildProgress } from '../host';
import { progressView } from '../progressView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  line: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  text: { flexGrow: 1, minWidth: 0 },
});

export interface BuildProgressBarProps {
  progress: BuildProgress;
  /** Stops the work; without it there is no 取消 button. */
  onCancel?: () => void;
}

/** The progress of a build or an import: a bar, what is being done, and 取消. */
export function BuildProgressBar({ progress, onCancel }: BuildProgressBarProps): React.JSX.Element {
  const s = useStyles();
  const v = progressView(progress);
  return (
    <div className={s.root} data-testid="progress" role="status">
      <ProgressBar value={v.value} />
      <div className={s.line}>
        <Text className={s.text} data-testid="progress-text">{v.text}</Text>
        {onCancel && <Button size="small" onClick={onCancel} data-testid="cancel">取消</Button>}
      </div>
    </div>
  );
}
