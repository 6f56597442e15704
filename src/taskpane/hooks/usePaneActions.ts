/**
 * The 专报 tab's two actions that go through the host and say what they did: 生成专报 (settings
 * checked first; a cancel keeps the last outcome shown) and selecting a source cell.
 */
import { Settings, SettingsSchema } from '../../domain/settings';
import type { PaneHost } from '../host';
import type { SourceRef } from '../viewModel';
import { isCancelled } from '../work/cancel';
import type { BuildState } from './useBuild';
import { issuesText } from './useSettingsState';

export interface PaneActions {
  onBuild: () => void;
  onSelect: (src: SourceRef) => void;
}

/**
 * Handlers for 生成专报 and for going to a source cell; `run` shows their notice or error.
 * @example const { onBuild, onSelect } = usePaneActions(host, builder, settings, run, setError);
 */
export function usePaneActions(
  host: Pick<PaneHost, 'mode' | 'select'>,
  builder: Pick<BuildState, 'build'>,
  settings: Settings,
  run: (action: () => Promise<string | void>) => Promise<void>,
  setError: (message: string) => void,
): PaneActions {
  const onBuild = (): void => {
    const parsed = SettingsSchema.safeParse(settings);
    if (!parsed.success) { setError(`设置有误：${issuesText(parsed.error)}`); return; }
    void run(async () => {
      try {
        await builder.build(parsed.data);
      } catch (e) {
        if (isCancelled(e)) return '已取消生成专报，显示的仍是上一次的结果。';
        throw e;
      }
      return host.mode === 'excel' ? `专报已写入工作表「${parsed.data.bulletinSheet}」「${parsed.data.ledgerSheet}」和「${parsed.data.supervisionSheet}」。` : undefined;
    });
  };
  const onSelect = (src: SourceRef): void => {
    void run(async () => {
      await host.select(src);
      return host.mode === 'preview' ? `已定位到「${src.sheet}」${src.cell}（${src.file}）。在 Excel 中会选中该单元格。` : undefined;
    });
  };
  return { onBuild, onSelect };
}
