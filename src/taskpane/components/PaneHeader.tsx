import * as React from 'react';
import { MessageBar, MessageBarBody, Title3, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

export interface PaneHeaderProps {
  preview: boolean;
  /** Warnings from loading the stored settings. */
  problems: string[];
  error: string | null;
  notice: string | null;
}

/** The pane's title and its message bars (preview mode, stored-settings warnings, error, notice). */
export function PaneHeader({ preview, problems, error, notice }: PaneHeaderProps): React.JSX.Element {
  const s = useStyles();
  return (
    <header className={s.header}>
      <Title3 as="h1">工作专报</Title3>
      {preview && (
        <MessageBar intent="info"><MessageBarBody>预览模式：未在 Excel 中打开，使用内置示例数据（samples/2026-03）。</MessageBarBody></MessageBar>
      )}
      {problems.map((p) => <MessageBar key={p} intent="warning"><MessageBarBody>{p}</MessageBarBody></MessageBar>)}
      {error && <MessageBar intent="error" data-testid="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
      {notice && <MessageBar intent="success" data-testid="notice"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
    </header>
  );
}
