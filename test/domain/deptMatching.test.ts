import { DeptDirectory, deptKey, deptRules } from '../../src/domain/deptMatching';

const none = deptRules({ deptPrefixes: [], deptAliases: [] });

describe('deptKey', () => {
  test('full-width, spaces and brackets do not count', () => {
    expect(deptKey('人社局 ', none)).toBe(deptKey('人社局', none));
    expect(deptKey('人　社　局', none)).toBe(deptKey('人社局', none));
    expect(deptKey('（市）人社局', none)).toBe(deptKey('市人社局', none));
    expect(deptKey('ABC局', none)).toBe(deptKey('ＡＢＣ局', none));
  });
  test('prefixes count unless the clerk lists them', () => {
    expect(deptKey('市人社局', none)).not.toBe(deptKey('人社局', none));
    const rules = deptRules({ deptPrefixes: ['市', '县'], deptAliases: [] });
    expect(deptKey('市人社局', rules)).toBe(deptKey('人社局', rules));
    expect(deptKey('县人社局', rules)).toBe(deptKey('人社局', rules));
    // A prefix leaves a name of at least two characters.
    expect(deptKey('市局', rules)).not.toBe(deptKey('局', rules));
  });
  test('the longest listed prefix is dropped first', () => {
    const rules = deptRules({ deptPrefixes: ['市', '市直'], deptAliases: [] });
    expect(deptKey('市直机关工委', rules)).toBe(deptKey('机关工委', rules));
  });
  test('aliases map to the first name of their group, with the prefixes applied', () => {
    const rules = deptRules({ deptPrefixes: ['市'], deptAliases: [['人社局', '人力资源和社会保障局']] });
    expect(deptKey('市人力资源和社会保障局', rules)).toBe(deptKey('人社局', rules));
    expect(deptKey('卫健委', rules)).not.toBe(deptKey('人社局', rules));
  });
});

describe('DeptDirectory', () => {
  test('one department under two names is one entry and one info finding naming both files', () => {
    const d = new DeptDirectory(deptRules({ deptPrefixes: ['市'], deptAliases: [] }));
    const a = d.add('人社局', 'a.xlsx');
    const b = d.add('市人社局', 'b.xlsx');
    d.add('人社局 ', 'c.xlsx');
    expect(a).toBe(b);
    expect(d.size).toBe(1);
    expect(d.nameOf(a)).toBe('人社局');
    const f = d.twoNameFindings();
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'b.xlsx', code: 'dept_two_names', severity: 'info' });
    expect(f[0]?.message).toBe('「市人社局」（b.xlsx）与「人社局」（a.xlsx）按同一单位统计。如果它们是两个单位，请在设置中删除相应的单位别名或前缀。');
  });
  test('spellings that differ only in spaces or width are one name: no finding', () => {
    const d = new DeptDirectory(none);
    d.add('人社局', 'a.xlsx');
    d.add('人社局　', 'b.xlsx');
    expect(d.twoNameFindings()).toEqual([]);
    expect(d.nameOf('nothing')).toBeNull();
  });
});
