import * as React from 'react';
import {
  Button, MessageBar, MessageBarBody, ProgressBar, Tab, TabList, Text, Title3, Subtitle2, makeStyles, tokens,
} from '@fluentui/react-components';
import type { BuildOutcome } from '../engine/runBuild';
import { Settings, SettingsSchema } from '../domain/settings';
import type { SheetCandidate } from '../excel/candidates';
import { BuildStage, PaneHost } from './host';
import { SourceRef, chartView, findingsView, laggingView, sectionCards, sheetRows, totals } from './viewModel';
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

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export interface AppProps {
  host: PaneHost;
}

/** The task pane. Holds the state; components get data and callbacks. */
export function App({ host }: AppProps): React.JSX.Element {
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
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const building = stage !== null && stage !== 'done';

  React.useEffect(() => {
    host.loadSettings().then(({ settings: loaded, problems: p }) => { setSettings(loaded); setProblems(p); }, (e) => setError(errorText(e)));
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

  const build = (): void => {
    const parsed = SettingsSchema.safeParse(settings);
    if (!parsed.success) { setError(`设置有误：${parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；')}`); return; }
    void run(async () => {
      try {
        const o = await host.build(parsed.data, setStage);
        setOutcome(o);
        return host.mode === 'excel' ? `专报已写入工作表「${parsed.data.bulletinSheet}」和「${parsed.data.ledgerSheet}」。` : undefined;
      } finally {
        setStage((st) => (st === 'done' ? st : null));
      }
    });
  };

  const save = (): void => {
    const parsed = SettingsSchema.safeParse(settings);
    if (!parsed.success) { setSettingsError(parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；')); return; }
    setSettingsError(null);
    setSaving(true);
    void run(async () => { await host.saveSettings(parsed.data); return '设置已保存到本工作簿。'; }).finally(() => setSaving(false));
  };

  const select = (src: SourceRef): void => {
    void run(async () => {
      await host.select(src);
      return host.mode === 'preview' ? `已定位到「${src.sheet}」${src.cell}（${src.file}）。在 Excel 中会选中该单元格。` : undefined;
    });
  };

  const view = React.useMemo(() => {
    if (!outcome) return null;
    return {
      totals: totals(outcome.result),
      cards: sectionCards(outcome.result, outcome.bulletin),
      chart: chartView(outcome.result),
      lagging: laggingView(outcome.bulletin),
      findings: findingsView(outcome.result),
    };
  }, [outcome]);

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

      {tab === 'sheets' && (
        <SheetList
          rows={sheetRows(sheets)} loading={sheetsLoading} canBind={host.mode === 'excel'} onRefresh={refreshSheets}
          onBind={(c) => void run(async () => { await host.bind(c); setSheets(await host.listSheets()); return `已绑定「${c.sheet}」。`; })}
          onUnbind={(sheet) => void run(async () => { await host.unbind(sheet); setSheets(await host.listSheets()); return `已取消绑定「${sheet}」。`; })}
          onImport={(files) => void run(async () => {
            const data = await Promise.all(files.map(async (f) => ({ name: f.name, data: await f.arrayBuffer() })));
            const msg = await host.importFiles(data);
            setSheets(await host.listSheets());
            return msg;
          })}
        />
      )}

      {tab === 'bulletin' && (
        <div className={s.section}>
          <div className={s.buttons}>
            <Button appearance="primary" size="large" onClick={build} disabled={building} data-testid="build">生成专报</Button>
            <Button onClick={() => outcome && void run(() => host.mark(outcome, settings))} disabled={!outcome || building}>标记滞后</Button>
            <Button onClick={() => void run(() => host.clear())} disabled={building}>清除标记</Button>
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
