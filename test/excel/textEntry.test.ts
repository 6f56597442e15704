/**
 * Text written through Range.values stays that text: what Excel would turn into a formula, a number,
 * a date, a time or a boolean gets a leading apostrophe; everything else is written as it is.
 */
import { needsTextPrefix, textEntry } from '../../src/excel/textEntry';
import { parseEntry } from './fakeLimits';

describe('textEntry', () => {
  test.each(['-3天', '+2.3个百分点', '=不是公式', '@x', "'引号", '2026-03-20', '2026/3/20', '001', '1,234', '12%', '1.2e5', '¥1,000', '1/2', '12:30', '3月20日', '2026年3月', 'TRUE', 'false', '#N/A', '20-Mar', '-'])('%s is quoted', (t) => {
    expect(needsTextPrefix(t)).toBe(true);
    expect(textEntry(t)).toBe(`'${t}`);
  });

  test.each(['进展顺利', '3天', '第1期', '人社局', '推动实现“劳有所得”', 'A1', '完成率 23%以上', ''])('%s is written as it is', (t) => {
    expect(textEntry(t)).toBe(t);
  });

  test('whatever the fake (Excel’s rules) would convert, textEntry keeps as text', () => {
    for (const t of ['-3', '+5', '001', '2026-03-20', '12%', 'TRUE', '=1+1', '-3天', '1,234', '0.5']) {
      expect(parseEntry(textEntry(t))).toEqual({ kind: 'text', text: t });
    }
  });
});
