"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.clearMarks = exports.markLagging = exports.buildBulletin = exports.MESSAGE_WAIT_MS = void 0;
exports.showMessage = showMessage;
exports.command = command;
/**
 * The ribbon's ExecuteFunction commands (生成专报, 标记滞后, 清除标记). A message (a failure, or
 * problems worth knowing) is shown in a dialog, and the command's event is completed only after that
 * dialog is closed: `event.completed()` "indicates that the add-in has completed processing and will
 * automatically be closed" (reference of Office.AddinCommands.Event.completed), and a dialog opened
 * from the command's runtime would go with it. The event is always completed (in `finally`), also
 * when the dialog cannot open.
 */
const actions_1 = require("./actions");
const errors_1 = require("../excel/errors");
/** Longest wait for the clerk to close a message before the command completes anyway. */
exports.MESSAGE_WAIT_MS = 4 * 60_000;
/**
 * Shows a message in a small dialog (commands have no pane to show it in) and resolves when the clerk
 * closes it: the page's 关闭 button sends a message (Office.context.ui.messageParent), closing the
 * dialog's window raises DialogEventReceived (12006); a dialog that cannot open (12007: one is already
 * open) resolves at once, the text kept in the console.
 * @example await showMessage('专报已生成，但有以下问题：…')
 */
function showMessage(text, ui = typeof Office !== 'undefined' ? Office.context?.ui : undefined, waitMs = exports.MESSAGE_WAIT_MS) {
    return new Promise((resolve) => {
        let timer = null;
        const finish = () => { if (timer)
            clearTimeout(timer); timer = null; resolve(); };
        if (!ui) {
            console.error(text);
            finish();
            return;
        }
        const base = typeof window !== 'undefined' ? `${window.location.origin}${window.location.pathname.replace(/[^/]*$/, '')}` : '';
        try {
            ui.displayDialogAsync(`${base}message.html?m=${encodeURIComponent(text)}`, { height: 30, width: 35, displayInIframe: true }, (result) => {
                if (result.status !== Office.AsyncResultStatus.Succeeded) {
                    console.error(text, result.error);
                    finish();
                    return;
                }
                const dialog = result.value;
                const closed = () => { try {
                    dialog.close();
                }
                catch { /* already closed by the clerk */ } finish(); };
                dialog.addEventHandler(Office.EventType.DialogMessageReceived, closed);
                dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
                timer = setTimeout(closed, waitMs);
            });
        }
        catch (err) {
            console.error(text, err);
            finish();
        }
    });
}
function messageOf(err) {
    return err instanceof Error ? err.message : (0, errors_1.describeOfficeError)(err);
}
/**
 * Wraps a command: runs it, shows its message or failure and waits for the clerk to close it, and
 * always completes the event, last.
 * @example Office.actions.associate('buildBulletin', command(async () => { … }))
 */
function command(run, show = (t) => showMessage(t)) {
    return async (event) => {
        try {
            let message;
            try {
                message = await run();
            }
            catch (err) {
                console.error(err);
                message = messageOf(err);
            }
            if (message)
                await show(message);
        }
        finally {
            event.completed();
        }
    };
}
exports.buildBulletin = command(async () => {
    const b = await (0, actions_1.buildInWorkbook)({ write: true });
    const notes = [...b.problems, ...b.failures];
    return notes.length ? `专报已生成，但有以下问题：\n${notes.join('\n')}` : null;
});
exports.markLagging = command(async () => {
    const r = await (0, actions_1.markLaggingInWorkbook)();
    const notes = [...(r.missing.length ? [`已标记 ${r.marked} 行；${r.missing.length} 个指标所在的工作表不在本工作簿中，未标记。`] : []), ...r.messages];
    return notes.length ? notes.join('\n') : null;
});
exports.clearMarks = command(async () => {
    const r = await (0, actions_1.clearMarksInWorkbook)();
    return r.messages.length ? r.messages.join('\n') : null;
});
if (typeof Office !== 'undefined') {
    Office.onReady(() => {
        Office.actions.associate('buildBulletin', exports.buildBulletin);
        Office.actions.associate('markLagging', exports.markLagging);
        Office.actions.associate('clearMarks', exports.clearMarks);
    });
}
