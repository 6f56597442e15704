import * as React from 'react';
import {
  Button, MessageBar, MessageBarBody, ProgressBar, Switch, Tab, TabList, Text, Title3, Subtitle2, makeStyles, tokens,
} from '@fluentui/react-components';
import type { BuildOutcome } from '../engine/runBuild';
import { ColumnMapping, Settings, SettingsSchema } from '../domain/settings';
import { LayoutEdit, LayoutView, assignRole, editOf, mappingsAfterEdit, mappingsAfterReset } from '../domain/layoutView';
import type { SheetCandidate } from '../excel/candidates';
import { BuildStage, PaneHost, SheetRef } from './host';
import { SourceRef, chartView, findingsView, historyView, laggingView, mappingEditorView, sectionCards, sheetRows, totals } from './viewModel';
import type { StoredSnapshot } from '../domain/workbookPort';
import { HistoryPanel } from './components/HistoryPanel';
import { clockText, docxFileName, saveBytes } from './download';
import { MappingEditor } from './components/MappingEditor';
import { SettingsForm } from './components/SettingsForm';
import { SheetList } from './components/SheetList';
import { SummaryCards } from './components/SummaryCards';
import { ProgressChart } from './components/ProgressChart';
import { FindingsList, LaggingList } from './components/IssueLists';
import { BulletinPreview } from './components/BulletinPreview';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box' },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const STAGE_TEXT: Record<BuildStage, string> = { reading: '正在读取跟踪表…', computing: '正在核算…', writing: '正在写入专报工作表…', done: '完成' };
const STAGE_VALUE: Record<BuildStage, number> = { reading: 0.2, computing: 0.5, writing: 0.8, done: 1 };

type Tabs = 'bulletin' | 'sheets' | 'settings';

/** The Word export's module, loaded on first use (the `docx` package is a chunk of its own). */
export type DocxModule = Pick<typeof import('../docx/bulletinDocx'), 'bulletinDocx'>;
const loadDocxDefault = (): Promise<DocxModule> => import(/* webpackChunkName: "docx" */ '../docx/bulletinDocx.js');

/** The sheet whose column mapping is open, as shown and as edited. */
interface Editing {
  ref: SheetRef;
  view: LayoutView;
  edit: LayoutEdit;
  headerRowText: string;
  /** Keys of mappings stored for the sheet when the editor was opened (replaced on save). */
  initialKeys: (string | null)[];
}

function editing(ref: SheetRef, view: LayoutView, initialKeys: (string | null)[]): Editing {
  return { ref, view, edit: editOf(view), headerRowText: String(view.headerRow ?? view.detectedHeaderRow ?? ''), initialKeys };
}

/** A settings validation failure in one line: each field and what is wrong with it. */
function issuesText(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.')}：${i.message}`).join('；');
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export interface AppProps {
  host: PaneHost;
  /** Loads the Word export (tests pass a stub). */
  loadDocx?: () => Promise<DocxModule>;
  /** Saves a file the pane made (tests pass a stub). */
  download?: (bytes: Uint8Array, name: string) => void;
  /** The clock, for the time in notices. */
  now?: () => Date;
}

/** The task pane. Holds the state; components get data and callbacks. */
export function App({ host, loadDocx = loadDocxDefault, download = saveBytes, now = () => new Date() }: AppProps): React.JSX.Element {
  const s = useStyles();
  const [tab, setTab] = React.useState<Tabs>('bulletin');
  const [settings, setSettings] = React.useState<Settings>(() => SettingsSchema.parse({}));
  const [problems, setProblems] = React.useState<string[]>([]);
  const [saving, setSaving] = React.useState(false);
  const [settingsError, setSettingsError] = React.useState<string | null>(null);
  const [sheets, setSheets] = React.useState<SheetCandidate[]>([]);
  const [sheetsLoading, setSheetsLoading] = React.useState(false);
  const [stage, setStage] = React.useState<BuildStage | null>(null);
  const [outcome, setOutcome] = React.useState<BuildOutcome | null>(null);
  /** The settings the shown outcome was built with (期数 of the Word file). */
  const [builtWith, setBuiltWith] = React.useState<Settings | null>(null);
  const [mapping, setMapping] = React.useState<Editing | null>(null);
  const [mappingBusy, setMappingBusy] = React.useState(false);
  const [autoRecompute, setAutoRecompute] = React.useState(false);
  /** The settings as stored in the workbook: the switch saves only itself, not unsaved edits. */
  const savedSettings = React.useRef<Settings | null>(null);
  /** Highlights were applied (and not cleared): a recompute re-applies them. */
  const [marked, setMarked] = React.useState(false);
  const [exporting, setExporting] = React.useState(false);
  /** Stored snapshots (for the trends), read after each build that compared with an earlier issue. */
  const [snapshots, setSnapshots] = React.useState<StoredSnapshot[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const building = stage !== null && stage !== 'done';

  React.useEffect(() => {
    host.loadSettings().then(({ settings: loaded, problems: p }) => {
      savedSettings.current = loaded;
      setSettings(loaded);
      setAutoRecompute(loaded.autoRecompute);
      setProblems(p);
    }, (e) => setError(errorText(e)));
  }, [host]);

  const run = async (fn: () => Promise<string | void>): Promise<void> => {
    setError(null);
    setNotice(null);
    try {
      const msg = await fn();
      if (msg) setNotice(msg);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const refreshSheets = (): void => {
    setSheetsLoading(true);
    void run(async () => { setSheets(await host.listSheets()); }).finally(() => setSheetsLoading(false));
  };

  /** The trends need the stored snapshots; a failure to read them only leaves the trends out. */
  const loadSnapshots = React.useCallback(async (o: BuildOutcome): Promise<void> => {
    if (!o.result.history) { setSnapshots([]); return; }
    try {
      setSnapshots(await host.listSnapshots());
    } catch {
      setSnapshots([]);
    }
  }, [host]);

  const build = (): void => {
    const parsed = SettingsSchema.safeParse(settings);
    if (!parsed.success) { setError(`设置有误：${issuesText(parsed.error)}`); return; }
    void run(async () => {
      try {
        const o = await host.build(parsed.data, setStage);
        setOutcome(o);
        setBuiltWith(parsed.data);
        await loadSnapshots(o);
        return host.mode === 'excel' ? `专报已写入工作表「${parsed.data.bulletinSheet}」和「${parsed.data.ledgerSheet}」。` : undefined;
      } finally {
        setStage((st) => (st === 'done' ? st : null));
      }
    });
  };

  const save = (): void => {
    const parsed = SettingsSchema.safeParse(settings);
    if (!parsed.success) { setSettingsError(issuesText(parsed.error)); return; }
    setSettingsError(null);
    setSaving(true);
    void run(async () => {
      await host.saveSettings(parsed.data);
      savedSettings.current = parsed.data;
      return '设置已保存到本工作簿。';
    }).finally(() => setSaving(false));
  };

  const select = (src: SourceRef): void => {
    void run(async () => {
      await host.select(src);
      return host.mode === 'preview' ? `已定位到「${src.sheet}」${src.cell}（${src.file}）。在 Excel 中会选中该单元格。` : undefined;
    });
  };

  // Column mappings: open, re-read at another header row, save, reset.
  const openMapping = (c: SheetCandidate): void => {
    const ref = { file: c.file, sheet: c.sheet };
    setMappingBusy(true);
    void run(async () => {
      const v = await host.describeLayout(ref, settings.mappings);
      setMapping(editing(ref, v, v.detected ? [] : [v.baseKey]));
    }).finally(() => setMappingBusy(false));
  };
  const redetect = (): void => {
    if (!mapping) return;
    const row = Number(mapping.headerRowText);
    setMappingBusy(true);
    void run(async () => {
      const v = await host.describeLayout(mapping.ref, settings.mappings, row);
      setMapping({ ...editing(mapping.ref, v, mapping.initialKeys) });
    }).finally(() => setMappingBusy(false));
  };
  const storeMappings = (mappings: ColumnMapping[], done: (v: LayoutView) => string): void => {
    if (!mapping) return;
    const parsed = SettingsSchema.safeParse({ ...settings, mappings });
    if (!parsed.success) { setError(`列映射有误：${issuesText(parsed.error)}`); return; }
    setMappingBusy(true);
    void run(async () => {
      await host.saveSettings(parsed.data);
      savedSettings.current = parsed.data;
      setSettings(parsed.data);
      const v = await host.describeLayout(mapping.ref, parsed.data.mappings);
      setMapping(editing(mapping.ref, v, v.detected ? [] : [v.baseKey]));
      return done(v);
    }).finally(() => setMappingBusy(false));
  };
  const saveMapping = (): void => {
    if (!mapping) return;
    storeMappings(mappingsAfterEdit(settings.mappings, mapping.view, mapping.edit, mapping.initialKeys),
      (v) => `已保存「${v.sheet}」的列映射：下次生成专报时按此读取（${v.indicators} 个指标）。`);
  };
  const resetMapping = (): void => {
    if (!mapping) return;
    storeMappings(mappingsAfterReset(settings.mappings, mapping.view, mapping.initialKeys),
      (v) => `「${v.sheet}」已恢复自动识别（${v.indicators} 个指标）。`);
  };
  const mappingView = React.useMemo(() => {
    if (!mapping) return null;
    const same = sheets.filter((c) => c.layoutKey !== null && c.layoutKey === mapping.view.layoutKey).length;
    return mappingEditorView(mapping.view, mapping.edit, same, mapping.headerRowText);
  }, [mapping, sheets]);

  // Recompute on change: the latest state, read by the watcher's callback.
  const latest = React.useRef({ settings, marked });
  latest.current = { settings, marked };
  const recomputing = React.useRef<{ busy: boolean; again: boolean }>({ busy: false, again: false });
  const recompute = React.useCallback(async (): Promise<void> => {
    const state = recomputing.current;
    if (state.busy) { state.again = true; return; }
    state.busy = true;
    try {
      do {
        state.again = false;
        const parsed = SettingsSchema.safeParse(latest.current.settings);
        if (!parsed.success) { setError('设置有误，未能自动重算：请在“设置”中修正。'); return; }
        const remark = latest.current.marked;
        try {
          const o = await host.build(parsed.data, setStage);
          setOutcome(o);
          setBuiltWith(parsed.data);
          await loadSnapshots(o);
          if (remark) await host.mark(o, parsed.data);
          setError(null);
          setNotice(`已根据数据变化重新核算（${clockText(now())}）${remark ? '，并更新了滞后标记' : ''}。`);
        } catch (e) {
          setError(`自动重算失败：${errorText(e)}`);
        } finally {
          setStage((st) => (st === 'done' ? st : null));
        }
      } while (state.again);
    } finally {
      state.busy = false;
    }
  }, [host, now, loadSnapshots]);
  React.useEffect(() => {
    if (!autoRecompute) return undefined;
    let unsubscribe: (() => Promise<void>) | null = null;
    let stopped = false;
    host.watch(() => { void recompute(); }).then(
      (u) => { if (stopped) void u().catch(() => undefined); else unsubscribe = u; },
      (e) => { setError(errorText(e)); setAutoRecompute(false); },
    );
    return () => {
      stopped = true;
      if (unsubscribe) void unsubscribe().catch((e) => setError(errorText(e)));
    };
  }, [autoRecompute, host, recompute]);

  /** The switch is remembered in the workbook, like the other settings, and saved at once. */
  const toggleAutoRecompute = (on: boolean): void => {
    setAutoRecompute(on);
    setSettings((st) => ({ ...st, autoRecompute: on }));
    const next = { ...(savedSettings.current ?? SettingsSchema.parse({})), autoRecompute: on };
    void host.saveSettings(next).then(() => { savedSettings.current = next; }, (e) => setError(`无法保存自动重算设置：${errorText(e)}`));
  };

  const downloadDocx = (): void => {
    if (!outcome || !builtWith) return;
    setExporting(true);
    void run(async () => {
      const { bulletinDocx } = await loadDocx();
      const bytes = await bulletinDocx(outcome.bulletin, { history: outcome.result.history ?? null, settings: builtWith });
      const name = docxFileName(builtWith.issue);
      download(bytes, name);
      return `已生成 Word 版：${name}。`;
    }).finally(() => setExporting(false));
  };

  const view = React.useMemo(() => {
    if (!outcome) return null;
    return {
      history: historyView(outcome.result, outcome.bulletin, snapshots, builtWith?.issue ?? 1),
      totals: totals(outcome.result),
      cards: sectionCards(outcome.result, outcome.bulletin),
      chart: chartView(outcome.result, outcome.bulletin),
      lagging: laggingView(outcome.bulletin),
      findings: findingsView(outcome.result),
    };
  }, [outcome, snapshots, builtWith]);

  return (
    <main className={s.root}>
      <header className={s.header}>
        <Title3 as="h1">工作专报</Title3>
        {host.mode === 'preview' && (
          <MessageBar intent="info"><MessageBarBody>预览模式：未在 Excel 中打开，使用内置示例数据（samples/2026-03）。</MessageBarBody></MessageBar>
        )}
        {problems.map((p) => <MessageBar key={p} intent="warning"><MessageBarBody>{p}</MessageBarBody></MessageBar>)}
        {error && <MessageBar intent="error" data-testid="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
        {notice && <MessageBar intent="success" data-testid="notice"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      </header>
      <TabList selectedValue={tab} onTabSelect={(_, d) => { setTab(d.value as Tabs); if (d.value === 'sheets' && !sheets.length) refreshSheets(); }}>
        <Tab value="bulletin">专报</Tab>
        <Tab value="sheets">跟踪表</Tab>
        <Tab value="settings">设置</Tab>
      </TabList>

      {tab === 'settings' && <SettingsForm value={settings} onChange={setSettings} onSave={save} saving={saving} error={settingsError} />}

      {tab === 'sheets' && mapping && mappingView && (
        <MappingEditor
          view={mappingView} busy={mappingBusy}
          onRoleChange={(role, letter) => setMapping({ ...mapping, edit: assignRole(mapping.edit, role, letter) })}
          onHeaderRowText={(text) => setMapping({ ...mapping, headerRowText: text })}
          onRedetect={redetect} onSave={saveMapping} onReset={resetMapping} onClose={() => setMapping(null)}
        />
      )}

      {tab === 'sheets' && !mapping && (
        <div className={s.section}>
          <Switch
            checked={autoRecompute} onChange={(_, d) => toggleAutoRecompute(d.checked)} data-testid="auto-recompute"
            label={host.mode === 'excel' ? '数据变化时自动重算并更新标记' : '数据变化时自动重算并更新标记（预览模式下数据不会变化）'}
          />
          <SheetList
            rows={sheetRows(sheets, settings.mappings)} loading={sheetsLoading} canBind={host.mode === 'excel'} onRefresh={refreshSheets}
            onBind={(c) => void run(async () => { await host.bind(c); setSheets(await host.listSheets()); return `已绑定「${c.sheet}」。`; })}
            onUnbind={(sheet) => void run(async () => { await host.unbind(sheet); setSheets(await host.listSheets()); return `已取消绑定「${sheet}」。`; })}
            onImport={(files) => void run(async () => {
              const data = await Promise.all(files.map(async (f) => ({ name: f.name, data: await f.arrayBuffer() })));
              const msg = await host.importFiles(data);
              setSheets(await host.listSheets());
              return msg;
            })}
            onEditMapping={openMapping}
          />
        </div>
      )}

      {tab === 'bulletin' && (
        <div className={s.section}>
          <div className={s.buttons}>
            <Button appearance="primary" size="large" onClick={build} disabled={building} data-testid="build">生成专报</Button>
            <Button onClick={() => outcome && void run(async () => { const msg = await host.mark(outcome, settings); setMarked(true); return msg; })} disabled={!outcome || building}>标记滞后</Button>
            <Button onClick={() => void run(async () => { const msg = await host.clear(); setMarked(false); return msg; })} disabled={building}>清除标记</Button>
            <Button onClick={downloadDocx} disabled={!outcome || building || exporting} data-testid="download-docx">{exporting ? '正在生成 Word…' : '下载 Word 版'}</Button>
          </div>
          {stage && stage !== 'done' && <ProgressBar value={STAGE_VALUE[stage]} />}
          {stage && stage !== 'done' && <Text>{STAGE_TEXT[stage]}</Text>}
          {view && outcome && (
            <>
              <Text data-testid="totals">
                {`数据截至 ${outcome.result.asOf}，序时进度 ${outcome.result.timeProgress}%：共 ${view.totals.indicators} 个指标，达到序时进度 ${view.totals.reached} 个（完成全年任务 ${view.totals.completed} 个），未达到 ${view.totals.behind} 个。`}
              </Text>
              <SummaryCards cards={view.cards} />
              <Subtitle2 as="h2">完成率与序时进度</Subtitle2>
              <ProgressChart chart={view.chart} />
              <Subtitle2 as="h2">{`滞后指标（${view.lagging.length}）`}</Subtitle2>
              <LaggingList items={view.lagging} onSelect={select} />
              {view.history && <HistoryPanel view={view.history} />}
              <Subtitle2 as="h2">{`数据核查（${view.findings.length}）`}</Subtitle2>
              <FindingsList items={view.findings} onSelect={select} />
              {host.mode === 'preview' && (
                <>
                  <Subtitle2 as="h2">专报预览</Subtitle2>
                  <BulletinPreview bulletin={outcome.bulletin} />
                </>
              )}
            </>
          )}
        </div>
      )}
    </main>
  );
}
