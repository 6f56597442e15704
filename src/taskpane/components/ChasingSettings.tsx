import * as React from 'react';
import { Field, Input, Subtitle2, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Settings } from '../../domain/settings';
import { aliasText, listText, parseAliases, parseList } from '../settingsText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface ChasingSettingsProps {
  value: Settings;
  onChange: (next: Settings) => void;
}

/**
 * Text typed in a field, kept as typed (a trailing separator stays while typing) and handed on
 * parsed; replaced when the setting changes from elsewhere (loaded, reset).
 */
function useTyped<T>(value: T, show: (v: T) => string, parse: (t: string) => T, onChange: (v: T) => void): [string, (t: string) => void] {
  const [text, setText] = React.useState(() => show(value));
  const shown = show(value);
  React.useEffect(() => {
    setText((t) => (show(parse(t)) === shown ? t : shown));
    // Only the value shown matters: `show` and `parse` are module functions.
  }, [shown]);
  return [text, (t) => { setText(t); onChange(parse(t)); }];
}

/** 报送与督办: expected departments, names matched as one, the 督办 request, the ranking switch. */
export function ChasingSettings({ value, onChange }: ChasingSettingsProps): React.JSX.Element {
  const s = useStyles();
  const set = <K extends keyof Settings>(k: K, v: Settings[K]): void => onChange({ ...value, [k]: v });
  const [expected, setExpected] = useTyped(value.expectedDepartments, listText, parseList, (v) => set('expectedDepartments', v));
  const [prefixes, setPrefixes] = useTyped(value.deptPrefixes, (v) => v.join('、'), parseList, (v) => set('deptPrefixes', v));
  const [aliases, setAliases] = useTyped(value.deptAliases, aliasText, parseAliases, (v) => set('deptAliases', v));
  return (
    <section className={s.root} aria-label="报送与督办" data-testid="chasing-settings">
      <Subtitle2 as="h2">报送与督办</Subtitle2>
      <Field label="应报单位" hint="每行一个；上期报送过的单位会自动列入">
        <Textarea value={expected} onChange={(_, d) => setExpected(d.value)} resize="vertical" />
      </Field>
      <Field label="视为同一单位的前缀" hint="例如“市”：市人社局与人社局按同一单位统计；用顿号分隔">
        <Input value={prefixes} onChange={(_, d) => setPrefixes(d.value)} />
      </Field>
      <Field label="单位别名" hint="每行一组，用“=”连接，例如：人社局 = 人力资源和社会保障局">
        <Textarea value={aliases} onChange={(_, d) => setAliases(d.value)} resize="vertical" />
      </Field>
      <Field label="督办用语" hint="写在每个单位督办清单末尾，{单位} 替换为单位名称；留空则不写">
        <Input value={value.supervisionPhrase} placeholder="请{单位}对照序时进度加快推进。" onChange={(_, d) => set('supervisionPhrase', d.value)} />
      </Field>
      <Switch label="在专报中列出各单位推进情况排名" checked={value.ranking} onChange={(_, d) => set('ranking', d.checked)} />
    </section>
  );
}
