/**
 * The ribbon's ExecuteFunction commands (生成专报, 标记滞后, 清除标记). A message (a failure, or
 * problems worth knowing) is shown in a dialog, and the command's event is completed only after that
 * dialog is closed: `event.completed()` "indicates that the add-in has completed processing and will
 * automatically be closed" (reference of Office.AddinCommands.Event.completed), and a dialog opened
 * from the command's runtime would go with it. The event is always completed (in `finally`), also
 * when the dialog cannot open.
 */
import { buildInWorkbook, clearMarksInWorkbook, markLaggingInWorkbook } from './actions';
import { describeOfficeError } from '../excel/errors';

type CommandEvent = { completed: () => void };

/** The dialog part of office.js used here (Office.context.ui). */
export interface DialogUi {
  displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: Office.AsyncResult<Office.Dialog>) => void): void;
}

/** Longest wait for the clerk to close a message before the command completes anyway. */
export const MESSAGE_WAIT_MS = 4 * 60_000;

/**
 * Shows a message in a small dialog (commands have no pane to show it in) and resolves when the clerk
 * closes it: the page's 关闭 button sends a message (Office.context.ui.messageParent), closing the
 * dialog's window raises DialogEventReceived (12006); a dialog that cannot open (12007: one is already
 * open) resolves at once, the text kept in the console.
 * @example await showMessage('专报已生成，但有以下问题：…')
 */
export function showMessage(text: string, ui: DialogUi | undefined = typeof Office !== 'undefined' ? Office.context?.ui : undefined, waitMs = MESSAGE_WAIT_MS): Promise<void> {
  return new Promise<void>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const finish = (): void => { if (timer) clearTimeout(timer); timer = null; resolve(); };
    if (!ui) { console.error(text); finish(); return; }
    const base = typeof window !== 'undefined' ? `${window.location.origin}${window.location.pathname.replace(/[^/]*$/, '')}` : '';
    try {
      ui.displayDialogAsync(`${base}message.html?m=${encodeURIComponent(text)}`, { height: 30, width: 35, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          console.error(text, result.error);
          finish();
          return;
        }
        const dialog = result.value;
        const closed = (): void => { try { dialog.close(); } catch { /* already closed by the clerk */ } finish(); };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, closed);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
        timer = setTimeout(closed, waitMs);
      });
    } catch (err) {
      console.error(text, err);
      finish();
    }
  });
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : describeOfficeError(err);
}

/**
 * Wraps a command: runs it, shows its message or failure and waits for the clerk to close it, and
 * always completes the event, last.
 * @example Office.actions.associate('buildBulletin', command(async () => { … }))
 */
export function command(run: () => Promise<string | null>, show: (text: string) => Promise<void> = (t) => showMessage(t)): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      let message: string | null;
      try {
        message = await run();
      } catch (err) {
        console.error(err);
        message = messageOf(err);
      }
      if (message) await show(message);
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
