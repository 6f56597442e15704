import { isDateFormat, serialDateIso } from '../../src/domain/dateFormat';

describe('isDateFormat: a date exactly when Excel shows one', () => {
  it.each([
    ['yyyy/m/d', true], ['yyyy"年"m"月"d"日"', true], ['[$-804]yyyy年m月d日', true], ['m"月"d"日"', true], ['mmm-yy', true],
    ['d-mmm', true], ['yyyy/m/d h:mm', true], ['[DBNum1][$-804]yyyy"年"m"月"d"日"', true],
    ['h:mm', false], ['h"时"mm"分"', false], ['上午/下午h"时"mm"分"', false], ['mm:ss', false], ['[h]:mm:ss', false],
    ['0.00%', false], ['#,##0"万元"', false], ['0.0"d"', false], ['General', false], ['@', false], ['', false], [undefined, false],
    ['0_ ;[Red]\\-0\\ ', false], ['"¥"#,##0.00', false],
  ])('%j → %p', (fmt, date) => {
    expect(isDateFormat(fmt)).toBe(date);
  });
});

describe('serialDateIso', () => {
  it.each([
    [46101, false, '2026-03-20'], [46101.75, false, '2026-03-20'], [46101.9999999999, false, '2026-03-21'],
    [1, false, '1900-01-01'], [59, false, '1900-02-28'], [61, false, '1900-03-01'], [2958465, false, '9999-12-31'],
    [0, true, '1904-01-01'], [44639, true, '2026-03-20'],
    [0, false, null], [-1, false, null], [2958466, false, null], [Number.NaN, false, null],
  ])('%p (1904: %p) → %p', (serial, date1904, iso) => {
    expect(serialDateIso(serial, date1904)).toBe(iso);
  });
});
