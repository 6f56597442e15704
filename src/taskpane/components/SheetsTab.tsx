import * as React from 'react';
import { Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetsState } from '../hooks/useSheets';
import type { ColumnMapping } from '../../domain/settings';
import type { SheetCandidate } from '../../excel/candidates';
import { ReadNote, sheetRows } from '../viewModel';
import { SheetList } from './SheetList';
import { BuildProgressBar } from './BuildProgressBar';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface SheetsTabProps {
  excel: boolean;
  sheets: SheetsState;
  mappings: ColumnMapping[];
  autoRecompute: boolean;
  onAutoRecompute: (on: boolean) => void;
  onEditMapping: (c: SheetCandidate) => void;
  /** The last build's findings: its other choices on each sheet are shown beside it. */
  readNotes?: readonly ReadNote[];
}

/** The 跟踪表 tab: the auto-recompute switch and the sheet list (bind, import, column mappings). */
export function SheetsTab({ excel, sheets, mappings, autoRecompute, onAutoRecompute, onEditMapping, readNotes = [] }: SheetsTabProps): React.JSX.Element {
  const s = useStyles();
  return (
    <div className={s.section}>
      <Switch
        checked={autoRecompute} onChange={(_, d) => onAutoRecompute(d.checked)} data-testid="auto-recompute"
        label={excel ? '数据变化时自动重算并更新标记' : '数据变化时自动重算并更新标记（预览模式下数据不会变化）'}
      />
      {sheets.progress && <BuildProgressBar progress={sheets.progress} onCancel={sheets.cancel} />}
      <SheetList
        rows={sheetRows(sheets.sheets, mappings, readNotes)} loading={sheets.loading} canBind={excel} onRefresh={sheets.refresh}
        onBind={sheets.bind} onUnbind={sheets.unbind} onImport={sheets.importFiles} onEditMapping={onEditMapping}
      />
    </div>
  );
}
