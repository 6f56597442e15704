import * as React from 'react';
import { Badge, Button, Caption1, Field, Input, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { EditableRole } from '../../domain/layoutView';
import { MappingEditorView } from '../viewModel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, minWidth: 0 },
  headerRow: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS },
  rowInput: { width: '96px' },
  roles: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  role: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  roleHead: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface MappingEditorProps {
  view: MappingEditorView;
  busy: boolean;
  onRoleChange: (role: EditableRole, letter: string | null) => void;
  onHeaderRowText: (text: string) => void;
  /** Re-reads the sheet with the header row typed. */
  onRedetect: () => void;
  onSave: () => void;
  /** Removes the clerk's mapping: back to automatic detection. */
  onReset: () => void;
  onClose: () => void;
}

/** One sheet's column mapping: the header row and, per field, the column (or 不使用). */
export function MappingEditor({ view, busy, onRoleChange, onHeaderRowText, onRedetect, onSave, onReset, onClose }: MappingEditorProps): React.JSX.Element {
  const s = useStyles();
  return (
    <section className={s.root} aria-label="列映射" data-testid="mapping-editor">
      <div className={s.head}>
        <Text weight="semibold" className={s.title}>{`列映射：${view.title}`}</Text>
        <Badge color={view.badge.color} appearance={view.badge.appearance}>{view.badge.label}</Badge>
      </div>
      <Caption1 data-testid="mapping-summary">{view.summary}</Caption1>
      <div className={s.headerRow}>
        <Field label="表头所在行">
          <Input className={s.rowInput} type="number" min={1} value={view.headerRow} onChange={(_, d) => onHeaderRowText(d.value)} data-testid="mapping-header-row" />
        </Field>
        <Button onClick={onRedetect} disabled={busy}>按此行识别</Button>
      </div>
      <ul className={s.roles}>
        {view.rows.map((r) => (
          <li key={r.role} className={s.role}>
            <Field
              label={<span className={s.roleHead}>{r.label}{r.badge && <Badge size="small" color={r.badge.color} appearance={r.badge.appearance}>{r.badge.label}</Badge>}</span>}
              hint={r.detected}
            >
              <Select value={r.value} onChange={(_, d) => onRoleChange(r.role, d.value || null)} data-testid={`mapping-role-${r.role}`} disabled={busy}>
                {view.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </Select>
            </Field>
          </li>
        ))}
      </ul>
      {view.saveHint && <Caption1>{view.saveHint}</Caption1>}
      {busy && <Spinner size="tiny" label="正在读取工作表…" />}
      <div className={s.buttons}>
        <Button appearance="primary" onClick={onSave} disabled={busy || !view.canSave} data-testid="mapping-save">保存列映射</Button>
        <Button onClick={onReset} disabled={busy}>恢复自动识别</Button>
        <Button onClick={onClose}>返回</Button>
      </div>
    </section>
  );
}
