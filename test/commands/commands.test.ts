/**
 * The ribbon commands complete their event only after the clerk has closed the message (Office may
 * end the command's runtime on `completed()`, and the dialog with it).
 */
import { command, showMessage, DialogUi } from '../../src/commands/commands';

/** A stand-in for Office.context.ui: dialogs that open, and handlers a test can fire. */
function fakeUi(opens = true) {
  const handlers = new Map<string, (arg: unknown) => void>();
  const calls: string[] = [];
  let closed = 0;
  const ui: DialogUi = {
    displayDialogAsync: (url, _options, callback) => {
      calls.push(url);
      const dialog = {
        addEventHandler: (type: string, h: (arg: unknown) => void) => { handlers.set(type, h); },
        close: () => { closed++; },
      } as unknown as Office.Dialog;
      callback((opens
        ? { status: 'succeeded', value: dialog }
        : { status: 'failed', error: { code: 12007, message: 'A dialog is already open' } }) as unknown as Office.AsyncResult<Office.Dialog>);
    },
  };
  return { ui, handlers, calls, closed: () => closed };
}

beforeAll(() => {
  (globalThis as Record<string, unknown>)['Office'] = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  };
});
afterAll(() => { delete (globalThis as Record<string, unknown>)['Office']; });

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('ribbon commands', () => {
  test('the event completes after the message is closed, not before', async () => {
    const order: string[] = [];
    let close: () => void = () => undefined;
    const show = (t: string) => new Promise<void>((resolve) => { order.push(`shown ${t}`); close = () => { order.push('closed'); resolve(); }; });
    const done = command(async () => '专报已生成，但有以下问题：…', show)({ completed: () => order.push('completed') });
    await tick();
    expect(order).toEqual(['shown 专报已生成，但有以下问题：…']);
    close();
    await done;
    expect(order).toEqual(['shown 专报已生成，但有以下问题：…', 'closed', 'completed']);
  });

  test('a failure is shown (and logged), then the event completes; no message, no dialog', async () => {
    const shown: string[] = [];
    let completed = 0;
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await command(async () => { throw new Error('读取跟踪表时出错：ItemNotFound'); }, async (t) => { shown.push(t); expect(completed).toBe(0); })({ completed: () => completed++ });
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
    expect([shown, completed]).toEqual([['读取跟踪表时出错：ItemNotFound'], 1]);
    await command(async () => null, async (t) => { shown.push(t); })({ completed: () => completed++ });
    expect([shown.length, completed]).toEqual([1, 2]);
  });

  test('a dialog that fails to show still completes the event', async () => {
    let completed = 0;
    await command(async () => 'x', async () => { throw new Error('no dialog'); })({ completed: () => completed++ }).catch(() => undefined);
    expect(completed).toBe(1);
  });
});

describe('showMessage', () => {
  test('resolves when the clerk presses 关闭 (a message from the dialog), and closes the dialog', async () => {
    const f = fakeUi();
    let resolved = false;
    const p = showMessage('有问题', f.ui).then(() => { resolved = true; });
    await tick();
    expect(f.calls[0]).toMatch(/message\.html\?m=%E6%9C%89%E9%97%AE%E9%A2%98$/);
    expect(resolved).toBe(false);
    f.handlers.get('dialogMessageReceived')!({ message: 'close' });
    await p;
    expect(f.closed()).toBe(1);
  });

  test('resolves when the clerk closes the dialog window (12006)', async () => {
    const f = fakeUi();
    const p = showMessage('有问题', f.ui);
    await tick();
    f.handlers.get('dialogEventReceived')!({ error: 12006 });
    await expect(p).resolves.toBeUndefined();
  });

  test('resolves at once when the dialog cannot open, keeping the text in the console', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await showMessage('有问题', fakeUi(false).ui);
    await showMessage('没有 Office', undefined);
    expect(logged.mock.calls.map((c) => c[0])).toEqual(['有问题', '没有 Office']);
    logged.mockRestore();
  });

  test('does not wait forever: after the longest wait the dialog is closed and the command goes on', async () => {
    jest.useFakeTimers();
    try {
      const f = fakeUi();
      const p = showMessage('有问题', f.ui, 1000);
      await jest.advanceTimersByTimeAsync(1001);
      await p;
      expect(f.closed()).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
