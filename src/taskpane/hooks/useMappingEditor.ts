/**
 * The column-mapping editor of one sheet: open it, change a role's column, re-read at another header
 * row, save the mappings (the settings are saved through the host) or return to automatic recognition.
 */
import * as React from 'react';
import { ColumnMapping, Settings, SettingsSchema } from '../../domain/settings';
import { LayoutEdit, LayoutView, assignRole, editOf, mappingsAfterEdit, mappingsAfterReset } from '../../domain/layoutView';
import type { EditableRole } from '../../domain/layoutView';
import type { SheetCandidate } from '../../excel/candidates';
import type { PaneHost, SheetRef } from '../host';
import { MappingEditorView, mappingEditorView } from '../viewModel';
import { issuesText } from './useSettingsState';

/** The sheet whose column mapping is open, as shown and as edited. */
export interface Editing {
  ref: SheetRef;
  view: LayoutView;
  edit: LayoutEdit;
  headerRowText: string;
  /** Keys of mappings stored for the sheet when the editor was opened (replaced on save). */
  initialKeys: (string | null)[];
}

/**
 * The editor's state for a layout just read.
 * @example editing({ file: 'a.xlsx', sheet: '进展' }, view, []).headerRowText === '2'
 */
export function editing(ref: SheetRef, view: LayoutView, initialKeys: (string | null)[]): Editing {
  return { ref, view, edit: editOf(view), headerRowText: String(view.headerRow ?? view.detectedHeaderRow ?? ''), initialKeys };
}

export interface MappingEditorState {
  /** The editor's view, or null when it is closed. */
  view: MappingEditorView | null;
  busy: boolean;
  open: (c: SheetCandidate) => void;
  close: () => void;
  changeRole: (role: EditableRole, letter: string | null) => void;
  changeHeaderRowText: (text: string) => void;
  redetect: () => void;
  save: () => void;
  reset: () => void;
}

export interface MappingEditorDeps {
  host: PaneHost;
  settings: Settings;
  sheets: SheetCandidate[];
  run: (action: () => Promise<string | void>) => Promise<void>;
  /** Saves valid settings and makes them the edited ones. */
  store: (settings: Settings) => Promise<void>;
  setError: (message: string | null) => void;
}

/**
 * Mapping editor state.
 * @example const editor = useMappingEditor({ host, settings, sheets, run, store, setError }); editor.open(candidate);
 */
export function useMappingEditor({ host, settings, sheets, run, store, setError }: MappingEditorDeps): MappingEditorState {
  const [mapping, setMapping] = React.useState<Editing | null>(null);
  const [busy, setBusy] = React.useState(false);

  const busyWhile = (action: () => Promise<string | void>): void => {
    setBusy(true);
    void run(action).finally(() => setBusy(false));
  };

  const open = (c: SheetCandidate): void => {
    const ref = { file: c.file, sheet: c.sheet };
    busyWhile(async () => {
      const v = await host.describeLayout(ref, settings.mappings);
      setMapping(editing(ref, v, v.detected ? [] : [v.baseKey]));
    });
  };
  const redetect = (): void => {
    if (!mapping) return;
    const row = Number(mapping.headerRowText);
    busyWhile(async () => {
      const v = await host.describeLayout(mapping.ref, settings.mappings, row);
      setMapping(editing(mapping.ref, v, mapping.initialKeys));
    });
  };
  const storeMappings = (current: Editing, mappings: ColumnMapping[], done: (v: LayoutView) => string): void => {
    const parsed = SettingsSchema.safeParse({ ...settings, mappings });
    if (!parsed.success) { setError(`列映射有误：${issuesText(parsed.error)}`); return; }
    busyWhile(async () => {
      await store(parsed.data);
      const v = await host.describeLayout(current.ref, parsed.data.mappings);
      setMapping(editing(current.ref, v, v.detected ? [] : [v.baseKey]));
      return done(v);
    });
  };
  const save = (): void => {
    if (!mapping) return;
    storeMappings(mapping, mappingsAfterEdit(settings.mappings, mapping.view, mapping.edit, mapping.initialKeys),
      (v) => `已保存「${v.sheet}」的列映射：下次生成专报时按此读取（${v.indicators} 个指标）。`);
  };
  const reset = (): void => {
    if (!mapping) return;
    storeMappings(mapping, mappingsAfterReset(settings.mappings, mapping.view, mapping.initialKeys),
      (v) => `「${v.sheet}」已恢复自动识别（${v.indicators} 个指标）。`);
  };
  const changeRole = (role: EditableRole, letter: string | null): void => {
    setMapping((m) => (m ? { ...m, edit: assignRole(m.edit, role, letter) } : m));
  };
  const changeHeaderRowText = (text: string): void => {
    setMapping((m) => (m ? { ...m, headerRowText: text } : m));
  };

  const view = React.useMemo(() => {
    if (!mapping) return null;
    const same = sheets.filter((c) => c.layoutKey !== null && c.layoutKey === mapping.view.layoutKey).length;
    return mappingEditorView(mapping.view, mapping.edit, same, mapping.headerRowText);
  }, [mapping, sheets]);

  return { view, busy, open, close: () => setMapping(null), changeRole, changeHeaderRowText, redetect, save, reset };
}
