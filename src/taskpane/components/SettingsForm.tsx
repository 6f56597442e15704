import * as React from 'react';
import { Button, Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { Settings } from '../../domain/settings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
});

export interface SettingsFormProps {
  value: Settings;
  onChange: (next: Settings) => void;
  onSave: () => void;
  saving: boolean;
  /** Why saving is not possible (validation), or null. */
  error: string | null;
  /** More settings shown above the save button (报送与督办). */
  children?: React.ReactNode;
}

const isoOrUndefined = (s: string): string | undefined => (s ? s : undefined);

/** The clerk's settings: dates, time-progress mode, thresholds, issue number, title, task force. */
export function SettingsForm({ value, onChange, onSave, saving, error, children }: SettingsFormProps): React.JSX.Element {
  const s = useStyles();
  const set = <K extends keyof Settings>(k: K, v: Settings[K]): void => onChange({ ...value, [k]: v });
  const num = (text: string, fallback: number): number => (text.trim() === '' || Number.isNaN(Number(text)) ? fallback : Number(text));
  return (
    <form className={s.form} onSubmit={(e) => { e.preventDefault(); onSave(); }} aria-label="专报设置">
      <div className={s.row}>
        <Field label="数据截至日期" hint="留空则取各表“数据截至”" className={s.grow}>
          <Input type="date" value={value.asOf ?? ''} onChange={(_, d) => set('asOf', isoOrUndefined(d.value))} />
        </Field>
        <Field label="专报落款日期" className={s.grow}>
          <Input type="date" value={value.reportDate ?? ''} onChange={(_, d) => set('reportDate', isoOrUndefined(d.value))} />
        </Field>
      </div>
      <Field label="序时进度口径">
        <RadioGroup layout="horizontal" value={value.mode} onChange={(_, d) => set('mode', d.value === 'month' ? 'month' : 'day')}>
          <Radio value="day" label="按天" />
          <Radio value="month" label="按整月" />
        </RadioGroup>
      </Field>
      <div className={s.row}>
        <Field label="容差（百分点）" className={s.grow}>
          <Input type="number" min={0} max={100} value={String(value.tolerance)} onChange={(_, d) => set('tolerance', num(d.value, 0))} />
        </Field>
        <Field label="红色滞后差距（百分点）" className={s.grow}>
          <Input type="number" min={0} max={100} value={String(value.redGap)} onChange={(_, d) => set('redGap', num(d.value, 30))} />
        </Field>
        <Field label="期数" className={s.grow}>
          <Input type="number" min={1} value={String(value.issue)} onChange={(_, d) => set('issue', Math.max(1, Math.round(num(d.value, 1))))} />
        </Field>
      </div>
      <Field label="专报标题">
        <Input value={value.title} onChange={(_, d) => set('title', d.value)} />
      </Field>
      <Field label="专班名称" validationMessage={error ?? undefined} validationState={error ? 'error' : 'none'}>
        <Input value={value.office} onChange={(_, d) => set('office', d.value)} />
      </Field>
      {children}
      <div>
        <Button type="submit" appearance="secondary" disabled={saving}>{saving ? '保存中…' : '保存设置'}</Button>
      </div>
    </form>
  );
}
