import * as React from 'react';
import { Badge, Button, Caption1, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetCandidate } from '../../excel/candidates';
import { SheetRowView } from '../viewModel';
import { ShowMore, usePaged } from './ShowMore';
import { SPREADSHEET_ACCEPT } from '../../xlsx/spreadsheetNames';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2,
  },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  choice: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS, flexWrap: 'wrap' },
});

export interface SheetListProps {
  rows: SheetRowView[];
  loading: boolean;
  canBind: boolean;
  onRefresh: () => void;
  onBind: (c: SheetCandidate) => void;
  onUnbind: (sheet: string) => void;
  onImport: (files: File[]) => void;
  /** Opens the sheet's column mapping. */
  onEditMapping: (c: SheetCandidate) => void;
}

/** The workbook's sheets that look like trackers (by pages), with their detected layout, and bind/unbind. */
export function SheetList({ rows, loading, canBind, onRefresh, onBind, onUnbind, onImport, onEditMapping }: SheetListProps): React.JSX.Element {
  const s = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const page = usePaged(rows);
  return (
    <section aria-label="跟踪表">
      <div className={s.actions}>
        <Button onClick={onRefresh} disabled={loading}>识别工作表</Button>
        <Button onClick={() => input.current?.click()}>导入各单位文件…</Button>
        <input
          ref={input} type="file" accept={SPREADSHEET_ACCEPT} multiple hidden aria-label="选择要导入的各单位文件（Excel、WPS、CSV、压缩包等）"
          onChange={(e) => { const files = [...(e.target.files ?? [])]; e.target.value = ''; if (files.length) onImport(files); }}
        />
      </div>
      {loading && <Spinner size="tiny" label="正在识别…" />}
      <ul className={s.list}>
        {page.shown.map((r) => (
          <li key={r.key} className={s.item} data-testid="sheet-row">
            <div className={s.text}>
              <Text weight="semibold" truncate wrap={false}>{r.title}</Text>
              <Caption1>{r.layout}</Caption1>
              {r.choices.map((note) => <Caption1 key={note} className={s.choice} data-testid="sheet-choice">{note}</Caption1>)}
            </div>
            <Badge color={r.badge.color} appearance={r.badge.appearance}>{r.badge.label}</Badge>
            <Button size="small" onClick={() => onEditMapping(r.candidate)} data-testid="edit-mapping">列映射</Button>
            {canBind && (r.candidate.bound
              ? <Button size="small" onClick={() => onUnbind(r.candidate.sheet)}>取消绑定</Button>
              : <Button size="small" appearance="primary" disabled={!r.candidate.address} onClick={() => onBind(r.candidate)}>绑定</Button>)}
          </li>
        ))}
      </ul>
      <ShowMore rest={page.rest} onMore={page.more} />
    </section>
  );
}
