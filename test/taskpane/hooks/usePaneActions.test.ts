import { parseSettings } from '../../../src/domain/settings';
import { usePaneActions } from '../../../src/taskpane/hooks/usePaneActions';
import { BuildCancelled } from '../../../src/taskpane/work/cancel';

/** Runs an action as usePaneMessages does, keeping what it says. */
function recorder(): { run: (a: () => Promise<string | void>) => Promise<void>; said: string[]; errors: string[]; done: () => Promise<void> } {
  const said: string[] = [];
  const errors: string[] = [];
  let last: Promise<void> = Promise.resolve();
  const run = (a: () => Promise<string | void>): Promise<void> => {
    last = a().then((m) => { if (m) said.push(m); }, (e: unknown) => { errors.push(String(e)); });
    return last;
  };
  return { run, said, errors, done: () => last };
}

describe('usePaneActions', () => {
  const settings = parseSettings({});

  test('生成专报 in Excel says which sheets were written; in preview it says nothing', async () => {
    for (const mode of ['excel', 'preview'] as const) {
      const r = recorder();
      const built: unknown[] = [];
      const { onBuild } = usePaneActions({ mode, select: async () => undefined }, { build: async (s) => { built.push(s); return {} as never; } }, settings, r.run, (m) => r.errors.push(m));
      onBuild();
      await r.done();
      expect(built).toHaveLength(1);
      expect(r.said).toEqual(mode === 'excel' ? [`专报已写入工作表「${settings.bulletinSheet}」「${settings.ledgerSheet}」和「${settings.supervisionSheet}」。`] : []);
    }
  });

  test('settings that do not parse are told, and nothing is built', async () => {
    const r = recorder();
    let builds = 0;
    const bad = { ...settings, redGap: -5 } as typeof settings;
    const { onBuild } = usePaneActions({ mode: 'excel', select: async () => undefined }, { build: async () => { builds++; return {} as never; } }, bad, r.run, (m) => r.errors.push(m));
    onBuild();
    await r.done();
    expect(builds).toBe(0);
    expect(r.errors[0]).toMatch(/^设置有误：/);
  });

  test('a cancelled build keeps the last outcome and says so; another failure reaches the error', async () => {
    const r = recorder();
    const { onBuild } = usePaneActions({ mode: 'excel', select: async () => undefined }, { build: async () => { throw new BuildCancelled(); } }, settings, r.run, (m) => r.errors.push(m));
    onBuild();
    await r.done();
    expect(r.said).toEqual(['已取消生成专报，显示的仍是上一次的结果。']);
    const r2 = recorder();
    usePaneActions({ mode: 'excel', select: async () => undefined }, { build: async () => { throw new Error('坏了'); } }, settings, r2.run, (m) => r2.errors.push(m)).onBuild();
    await r2.done();
    expect(r2.errors).toEqual(['Error: 坏了']);
  });

  test('selecting a source goes through the host; preview says where it would go', async () => {
    const r = recorder();
    const selected: unknown[] = [];
    const src = { file: '人社局.xlsx', sheet: '进展', cell: 'B3' };
    usePaneActions({ mode: 'preview', select: async (s) => { selected.push(s); } }, { build: async () => ({}) as never }, settings, r.run, () => undefined).onSelect(src);
    await r.done();
    expect(selected).toEqual([src]);
    expect(r.said).toEqual(['已定位到「进展」B3（人社局.xlsx）。在 Excel 中会选中该单元格。']);
  });
});
