/**
 * The clerk's settings in the pane: loaded from the host once, edited in the form, saved on 保存,
 * and the auto-recompute switch, which is saved on its own as soon as it is flipped.
 */
import * as React from 'react';
import { Settings, SettingsSchema } from '../../domain/settings';
import type { PaneHost } from '../host';
import { errorText } from './usePaneMessages';

/** A settings validation failure in one line: each field and what is wrong with it. */
export function issuesText(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.')}：${i.message}`).join('；');
}

export interface SettingsState {
  /** The settings as edited (not necessarily saved). */
  settings: Settings;
  setSettings: React.Dispatch<React.SetStateAction<Settings>>;
  /** What loading the stored settings reported (renamed or deleted sheets …). */
  problems: string[];
  saving: boolean;
  /** Why the form cannot be saved, or null. */
  settingsError: string | null;
  /** Validates and saves the edited settings. */
  save: () => void;
  /** Saves settings that are already valid (the mapping editor) and shows them. */
  store: (settings: Settings) => Promise<void>;
  autoRecompute: boolean;
  /** Flips the switch and saves only it over the stored settings (not unsaved edits). */
  toggleAutoRecompute: (on: boolean) => void;
  /** Turns the switch off without saving (watching failed). */
  stopAutoRecompute: () => void;
}

/**
 * Settings state over a host.
 * @example const { settings, save } = useSettingsState(host, run, setError);
 */
export function useSettingsState(host: PaneHost, run: (action: () => Promise<string | void>) => Promise<void>, setError: (m: string | null) => void): SettingsState {
  const [settings, setSettings] = React.useState<Settings>(() => SettingsSchema.parse({}));
  const [problems, setProblems] = React.useState<string[]>([]);
  const [saving, setSaving] = React.useState(false);
  const [settingsError, setSettingsError] = React.useState<string | null>(null);
  const [autoRecompute, setAutoRecompute] = React.useState(false);
  /** The settings as stored in the workbook: the switch saves only itself, not unsaved edits. */
  const saved = React.useRef<Settings | null>(null);

  const reportError = React.useRef(setError);
  reportError.current = setError;

  // Loaded once per host (a new error callback does not load again over the clerk's edits).
  React.useEffect(() => {
    host.loadSettings().then(({ settings: loaded, problems: p }) => {
      saved.current = loaded;
      setSettings(loaded);
      setAutoRecompute(loaded.autoRecompute);
      setProblems(p);
    }, (e) => reportError.current(errorText(e)));
  }, [host]);

  const save = (): void => {
    const parsed = SettingsSchema.safeParse(settings);
    if (!parsed.success) { setSettingsError(issuesText(parsed.error)); return; }
    setSettingsError(null);
    setSaving(true);
    void run(async () => {
      await host.saveSettings(parsed.data);
      saved.current = parsed.data;
      return '设置已保存到本工作簿。';
    }).finally(() => setSaving(false));
  };

  const store = async (next: Settings): Promise<void> => {
    await host.saveSettings(next);
    saved.current = next;
    setSettings(next);
  };

  const toggleAutoRecompute = (on: boolean): void => {
    setAutoRecompute(on);
    setSettings((st) => ({ ...st, autoRecompute: on }));
    const next = { ...(saved.current ?? SettingsSchema.parse({})), autoRecompute: on };
    void host.saveSettings(next).then(() => { saved.current = next; }, (e) => setError(`无法保存自动重算设置：${errorText(e)}`));
  };

  const stopAutoRecompute = React.useCallback(() => setAutoRecompute(false), []);

  return { settings, setSettings, problems, saving, settingsError, save, store, autoRecompute, toggleAutoRecompute, stopAutoRecompute };
}
