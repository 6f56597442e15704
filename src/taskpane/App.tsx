/**
 * The task pane: puts the components together. Its state and effects live in the hooks of
 * src/taskpane/hooks (one concept each); the handlers here only connect them.
 */
import * as React from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneHost } from './host';
import { saveBytes } from './download';
import { usePaneMessages } from './hooks/usePaneMessages';
import { useSettingsState } from './hooks/useSettingsState';
import { usePaneActions } from './hooks/usePaneActions';
import { useSheets } from './hooks/useSheets';
import { useBuild } from './hooks/useBuild';
import { useMarks } from './hooks/useMarks';
import { useMappingEditor } from './hooks/useMappingEditor';
import { useAutoRecompute } from './hooks/useAutoRecompute';
import { useOutcomeView } from './hooks/useOutcomeView';
import { DocxModule, useDocxExport } from './hooks/useDocxExport';
import { SupervisionDocsModule, useSupervisionDocs } from './hooks/useSupervisionDocs';
import { PaneHeader } from './components/PaneHeader';
import { BulletinActions } from './components/BulletinActions';
import { MappingEditor } from './components/MappingEditor';
import { SettingsForm } from './components/SettingsForm';
import { ChasingSettings } from './components/ChasingSettings';
import { SheetsTab } from './components/SheetsTab';
import { OutcomePanel } from './components/OutcomePanel';

export type { DocxModule } from './hooks/useDocxExport';
export type { SupervisionDocsModule } from './hooks/useSupervisionDocs';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box' },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

type Tabs = 'bulletin' | 'sheets' | 'settings';

const loadDocxDefault = (): Promise<DocxModule> => import(/* webpackChunkName: "docx" */ '../docx/bulletinDocx.js');
const loadSupervisionDocsDefault = (): Promise<SupervisionDocsModule> => import(/* webpackChunkName: "docx" */ '../docx/supervisionDoc.js');

export interface AppProps {
  host: PaneHost;
  /** Loads the Word export (tests pass a stub). */
  loadDocx?: () => Promise<DocxModule>;
  /** Loads the per-department Word export of the 督办清单 (tests pass a stub). */
  loadSupervisionDocs?: () => Promise<SupervisionDocsModule>;
  /** Saves a file the pane made (tests pass a stub). */
  download?: (bytes: Uint8Array, name: string, mime?: string) => void;
  /** The clock, for the time in notices. */
  now?: () => Date;
}

/** The task pane. Composes the hooks' state into the components. */
export function App({ host, loadDocx = loadDocxDefault, loadSupervisionDocs = loadSupervisionDocsDefault, download = saveBytes, now = () => new Date() }: AppProps): React.JSX.Element {
  const s = useStyles();
  const [tab, setTab] = React.useState<Tabs>('bulletin');
  const { error, notice, setError, setNotice, run } = usePaneMessages();
  const cfg = useSettingsState(host, run, setError);
  const sheets = useSheets(host, run);
  const builder = useBuild(host);
  const marks = useMarks(host, run);
  const editor = useMappingEditor({ host, settings: cfg.settings, sheets: sheets.sheets, run, store: cfg.store, setError });
  const docx = useDocxExport(builder.outcome, builder.builtWith, loadDocx, download, run);
  const supervisionDocs = useSupervisionDocs(builder.outcome, builder.builtWith, loadSupervisionDocs, download, run);
  useAutoRecompute({
    host, enabled: cfg.autoRecompute, settings: cfg.settings, marked: marks.marked, build: builder.build,
    now, setError, setNotice, onWatchFailed: cfg.stopAutoRecompute,
  });
  const { outcome, builtWith, snapshots, building } = builder;
  const shown = useOutcomeView(outcome, snapshots, builtWith?.issue ?? 1, setError);

  const { onBuild, onSelect } = usePaneActions(host, builder, cfg.settings, run, setError);
  const onMark = (): void => { if (outcome) marks.mark(outcome, cfg.settings); };
  const onTabSelect = (value: Tabs): void => { setTab(value); if (value === 'sheets' && !sheets.sheets.length) sheets.refresh(); };

  return (
    <main className={s.root}>
      <PaneHeader preview={host.mode === 'preview'} problems={cfg.problems} error={error} notice={notice} />
      <TabList selectedValue={tab} onTabSelect={(_, d) => onTabSelect(d.value as Tabs)}>
        <Tab value="bulletin">专报</Tab>
        <Tab value="sheets">跟踪表</Tab>
        <Tab value="settings">设置</Tab>
      </TabList>

      {tab === 'settings' && (
        <SettingsForm value={cfg.settings} onChange={cfg.setSettings} onSave={cfg.save} saving={cfg.saving} error={cfg.settingsError}>
          <ChasingSettings value={cfg.settings} onChange={cfg.setSettings} />
        </SettingsForm>
      )}

      {tab === 'sheets' && editor.view && (
        <MappingEditor
          view={editor.view} busy={editor.busy} onRoleChange={editor.changeRole} onHeaderRowText={editor.changeHeaderRowText}
          onRedetect={editor.redetect} onSave={editor.save} onReset={editor.reset} onClose={editor.close}
        />
      )}

      {tab === 'sheets' && !editor.view && (
        <SheetsTab
          excel={host.mode === 'excel'} sheets={sheets} mappings={cfg.settings.mappings}
          autoRecompute={cfg.autoRecompute} onAutoRecompute={cfg.toggleAutoRecompute} onEditMapping={editor.open} readNotes={outcome?.result.findings}
        />
      )}

      {tab === 'bulletin' && (
        <div className={s.section}>
          <BulletinActions
            building={building} built={Boolean(outcome)} exporting={docx.exporting} progress={builder.progress}
            onBuild={onBuild} onMark={onMark} onClear={marks.clear} onExportDocx={docx.exportDocx} onCancel={builder.cancel}
          />
          {shown && (
            <OutcomePanel
              view={shown.view} bulletin={shown.outcome.bulletin} showPreview={host.mode === 'preview'} onSelect={onSelect}
              supervision={{
                sheet: host.mode === 'excel' && builtWith ? builtWith.supervisionSheet : null, busy: supervisionDocs.busy,
                onOpenSheet: () => { if (builtWith) onSelect({ file: '', sheet: builtWith.supervisionSheet, cell: 'A1' }); },
                onDownloadAll: supervisionDocs.downloadAll, onDownload: supervisionDocs.downloadOne,
              }}
            />
          )}
        </div>
      )}
    </main>
  );
}
