/**
 * The ribbon's ExecuteFunction commands (生成专报, 标记滞后, 清除标记). Each completes its event in
 * `finally`, so Excel never waits on a failed command; a failure is shown in a small dialog.
 */
import { buildInWorkbook, clearMarksInWorkbook, markLaggingInWorkbook } from './actions';
import { describeOfficeError } from '../excel/errors';

type CommandEvent = { completed: () => void };

/** Shows a message in a small dialog (commands have no pane to show it in). */
function showMessage(text: string): void {
  try {
    const url = `${window.location.origin}${window.location.pathname.replace(/[^/]*$/, '')}message.html?m=${encodeURIComponent(text)}`;
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true });
  } catch (err) {
    console.error(text, err);
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : describeOfficeError(err);
}

/**
 * Wraps a command: runs it, reports a failure, and always completes the event.
 * @example Office.actions.associate('buildBulletin', command(async () => { … }))
 */
export function command(run: () => Promise<string | null>, show: (text: string) => void = showMessage): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      const message = await run();
      if (message) show(message);
    } catch (err) {
      console.error(err);
      show(messageOf(err));
    } finally {
      event.completed();
    }
  };
}

export const buildBulletin = command(async () => {
  const b = await buildInWorkbook({ write: true });
  const notes = [...b.problems, ...b.failures];
  return notes.length ? `专报已生成，但有以下问题：\n${notes.join('\n')}` : null;
});

export const markLagging = command(async () => {
  const r = await markLaggingInWorkbook();
  const notes = [...(r.missing.length ? [`已标记 ${r.marked} 行；${r.missing.length} 个指标所在的工作表不在本工作簿中，未标记。`] : []), ...r.messages];
  return notes.length ? notes.join('\n') : null;
});

export const clearMarks = command(async () => {
  const r = await clearMarksInWorkbook();
  return r.messages.length ? r.messages.join('\n') : null;
});

if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    Office.actions.associate('buildBulletin', buildBulletin);
    Office.actions.associate('markLagging', markLagging);
    Office.actions.associate('clearMarks', clearMarks);
  });
}
