/**
 * The pane's two message bars (error, notice) and the one way actions report through them.
 */
import * as React from 'react';

/** An error's message, for the clerk (the hosts throw plain Chinese messages). */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export interface PaneMessages {
  error: string | null;
  notice: string | null;
  setError: (message: string | null) => void;
  setNotice: (message: string | null) => void;
  /**
   * Runs an action: clears both bars, shows the line it returns as the notice, or its error.
   * Never rejects.
   */
  run: (action: () => Promise<string | void>) => Promise<void>;
}

/**
 * Error and notice state with {@link PaneMessages.run}.
 * @example const { run } = usePaneMessages(); void run(async () => '设置已保存到本工作簿。');
 */
export function usePaneMessages(): PaneMessages {
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const run = React.useCallback(async (action: () => Promise<string | void>): Promise<void> => {
    setError(null);
    setNotice(null);
    try {
      const msg = await action();
      if (msg) setNotice(msg);
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  return { error, notice, setError, setNotice, run };
}
