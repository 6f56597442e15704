/**
 * Matching department (责任单位) names across files and issues: full-width and half-width forms,
 * spaces and brackets do not count, nor do the prefixes the clerk lists as the same (市, 县 …), and
 * names the clerk lists as aliases are one department. A department that appears under two names in
 * one issue is a finding, and stays one department.
 */
import { Finding, finding } from './findings';
import { Settings } from './settings';
import { compareKey } from './text';

export interface DeptRules {
  /** Normalised prefixes, longest first. */
  prefixes: string[];
  /** Normalised alias → normalised first name of its group. */
  aliases: Map<string, string>;
}

const plainKey = (name: string): string => compareKey(name).replace(/[，,。.、;；]/g, '');

/**
 * The matching rules from the settings.
 * @example deptRules(parseSettings({ deptPrefixes: ['市'] })).prefixes → ['市']
 */
export function deptRules(settings: Pick<Settings, 'deptPrefixes' | 'deptAliases'>): DeptRules {
  const prefixes = [...new Set(settings.deptPrefixes.map(plainKey).filter(Boolean))].sort((a, b) => b.length - a.length);
  const aliases = new Map<string, string>();
  const base = (n: string): string => stripPrefix(plainKey(n), prefixes);
  for (const group of settings.deptAliases) {
    const head = group[0];
    if (head === undefined) continue;
    const to = aliases.get(base(head)) ?? base(head);
    for (const n of group) if (!aliases.has(base(n))) aliases.set(base(n), to);
  }
  return { prefixes, aliases };
}

function stripPrefix(key: string, prefixes: string[]): string {
  for (const p of prefixes) {
    // A prefix is dropped only when a department name is left (市局 stays 市局).
    if (key.startsWith(p) && key.length - p.length >= 2) return key.slice(p.length);
  }
  return key;
}

/**
 * The key a department is matched by.
 * @example deptKey('人社局 ', rules) === deptKey('人社局', rules)
 * @example deptKey('市人社局', deptRules({ deptPrefixes: ['市'], deptAliases: [] })) === deptKey('人社局', rules)
 */
export function deptKey(name: string, rules: DeptRules): string {
  const key = stripPrefix(plainKey(name), rules.prefixes);
  return rules.aliases.get(key) ?? key;
}

interface DeptEntry {
  /** The name shown: the first one met. */
  name: string;
  /** Every spelling met, with the file it first came from. */
  spellings: Map<string, string>;
}

/**
 * The departments of one issue, each under one key, with the spellings it was written in.
 * @example const d = new DeptDirectory(rules); d.add('人社局', 'a.xlsx'); d.add('人社局 ', 'b.xlsx'); d.size === 1
 */
export class DeptDirectory {
  private readonly byKey = new Map<string, DeptEntry>();

  constructor(readonly rules: DeptRules) {}

  get size(): number {
    return this.byKey.size;
  }

  /** Adds a spelling met in `file`; returns the department's key. */
  add(name: string, file: string): string {
    const key = deptKey(name, this.rules);
    let e = this.byKey.get(key);
    if (!e) { e = { name: name.trim(), spellings: new Map() }; this.byKey.set(key, e); }
    const spelling = name.trim();
    if (!e.spellings.has(spelling)) e.spellings.set(spelling, file);
    return key;
  }

  /** The name shown for a key, or null when the key was never added. */
  nameOf(key: string): string | null {
    return this.byKey.get(key)?.name ?? null;
  }

  /** Every spelling of a key's department, in the order met (trimmed). */
  spellingsOf(key: string): string[] {
    return [...(this.byKey.get(key)?.spellings.keys() ?? [])];
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  /**
   * A finding for each department written under more than one name (spellings that differ only in
   * white space or full-width forms are the same name and not reported).
   * @example d.twoNameFindings()[0]?.message === '「市人社局」（b.xlsx）与「人社局」（a.xlsx）按同一单位统计。如果它们是两个单位，请在设置中删除相应的单位别名或前缀。'
   */
  twoNameFindings(): Finding[] {
    const out: Finding[] = [];
    for (const e of this.byKey.values()) {
      const distinct = new Map<string, [string, string]>();
      for (const [spelling, file] of e.spellings) {
        const k = plainKey(spelling);
        if (!distinct.has(k)) distinct.set(k, [spelling, file]);
      }
      if (distinct.size < 2) continue;
      const [first, ...others] = [...distinct.values()];
      if (!first) continue;
      for (const [spelling, file] of others) {
        out.push(finding(file, null, null, 'dept_two_names',
          `「${spelling}」（${file}）与「${first[0]}」（${first[1]}）按同一单位统计。如果它们是两个单位，请在设置中删除相应的单位别名或前缀。`, 'info'));
      }
    }
    return out;
  }
}
