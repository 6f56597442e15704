/**
 * The strict fake's own limits: each is what Excel does (sources in fakeLimits.ts), so an adapter
 * that passes against the fake does not meet these failures first in Excel.
 */
import { FakeExcel } from './fakeExcel';
import { MERGED_AREAS_LIMIT, parseEntry, shapeProblem, versionAtLeast } from './fakeLimits';

type Ctx = Excel.RequestContext;
const codeOf = (e: unknown): unknown => (e as { code?: unknown }).code;
const fails = async (p: Promise<unknown>): Promise<unknown> => p.then(() => 'no error', (e: unknown) => codeOf(e));

describe('fake limits, as pure rules', () => {
  test('shapes: one value broadcasts; a matrix must match the range exactly', () => {
    expect(shapeProblem('x', 3, 4)).toBeNull();
    expect(shapeProblem([[1, 2], [3, 4]], 2, 2)).toBeNull();
    expect(shapeProblem([[1]], 2, 2)).toMatch(/doesn't match/);
    expect(shapeProblem([[1, 2], [3]], 2, 2)).toMatch(/doesn't match/);
  });

  test('strings are taken as Excel takes a typed entry', () => {
    expect(parseEntry('=A1')).toEqual({ kind: 'formula', formula: '=A1' });
    expect(parseEntry('-3天')).toEqual({ kind: 'formula', formula: '-3天' });
    expect(parseEntry('+2.3个百分点')).toEqual({ kind: 'formula', formula: '+2.3个百分点' });
    expect(parseEntry('-3')).toEqual({ kind: 'number', value: -3 });
    expect(parseEntry('001')).toEqual({ kind: 'number', value: 1 });
    expect(parseEntry('2026-03-20')).toEqual({ kind: 'number', value: 46101, fmt: 'yyyy/m/d' });
    expect(parseEntry('12%')).toEqual({ kind: 'number', value: 0.12, fmt: '0%' });
    expect(parseEntry('TRUE')).toEqual({ kind: 'boolean', value: true });
    expect(parseEntry("'001")).toEqual({ kind: 'text', text: '001' });
    expect(parseEntry('进展顺利')).toEqual({ kind: 'text', text: '进展顺利' });
    expect(parseEntry('-')).toEqual({ kind: 'text', text: '-' });
  });

  test('requirement-set versions compare as numbers per part', () => {
    expect(versionAtLeast('1.14', '1.9')).toBe(true);
    expect(versionAtLeast('1.12', '1.13')).toBe(false);
    expect(versionAtLeast('1.13', '1.13')).toBe(true);
  });
});

describe('the fake refuses what Excel refuses', () => {
  test('a value or format matrix of the wrong shape: InvalidArgument, nothing written', async () => {
    const x = new FakeExcel();
    x.addSheet('S');
    expect(await fails(x.run(async (c: Ctx) => {
      c.workbook.worksheets.getItem('S').getRange('A1:B2').values = [[1]];
      await c.sync();
    }))).toBe('InvalidArgument');
    expect(await fails(x.run(async (c: Ctx) => {
      c.workbook.worksheets.getItem('S').getRange('A1:B2').numberFormat = [['0%', '0%']];
      await c.sync();
    }))).toBe('InvalidArgument');
    expect(x.cell('S', 'A1')).toBeUndefined();
    await x.run(async (c: Ctx) => {
      const r = c.workbook.worksheets.getItem('S').getRange('A1:B2');
      (r as unknown as { numberFormat: string }).numberFormat = '0%';
      r.values = [[1, 2], [3, 4]];
      await c.sync();
    });
    expect(x.cell('S', 'B2')).toEqual({ v: 4, fmt: '0%' });
  });

  test('more than 512 merged areas in one getMergedAreasOrNullObject: the batch fails; 512 are fine', async () => {
    const x = new FakeExcel();
    const s = x.addSheet('S');
    for (let i = 0; i < MERGED_AREAS_LIMIT + 1; i++) s.merges.push({ top: i + 1, left: 1, bottom: i + 1, right: 2 });
    const ask = (rows: number) => x.run(async (c: Ctx) => {
      const a = c.workbook.worksheets.getItem('S').getRange(`A1:B${rows}`).getMergedAreasOrNullObject();
      a.load('address');
      await c.sync();
      return a.address.split(',').length;
    });
    expect(await ask(512)).toBe(512);
    expect(await fails(ask(513))).toBe('GeneralException');
  });

  test('merged areas are those whose top-left cell is in the range, each whole (office-js#3611)', async () => {
    const x = new FakeExcel();
    x.addSheet('S').merges.push({ top: 2, left: 1, bottom: 9, right: 1 });
    const ask = (address: string) => x.run(async (c: Ctx) => {
      const a = c.workbook.worksheets.getItem('S').getRange(address).getMergedAreasOrNullObject();
      a.load('address');
      await c.sync();
      return a.isNullObject ? null : a.address;
    });
    expect(await ask('A1:A3')).toBe("'S'!A2:A9");
    expect(await ask('A3:A20')).toBeNull();
  });

  test('a request over 5 MB: RequestPayloadSizeLimitExceeded', async () => {
    const x = new FakeExcel();
    x.addSheet('S');
    const big = Array.from({ length: 60_000 }, () => ['民生实事进展情况说明文字：按计划推进，已完成年度目标的百分之二十三']);
    expect(await fails(x.run(async (c: Ctx) => {
      c.workbook.worksheets.getItem('S').getRange('A1:A60000').values = big;
      await c.sync();
    }))).toBe('RequestPayloadSizeLimitExceeded');
    expect(x.cell('S', 'A1')).toBeUndefined();
  });

  test('a response over 5 MB: ResponsePayloadSizeLimitExceeded', async () => {
    const x = new FakeExcel();
    const s = x.addSheet('S');
    for (let r = 1; r <= 60_000; r++) s.cells.set(`${r},1`, { v: '按计划推进，已完成年度目标的百分之二十三，下一步加快进度' });
    expect(await fails(x.run(async (c: Ctx) => {
      const r = c.workbook.worksheets.getItem('S').getRange('A1:A60000');
      r.load('values,numberFormat,valueTypes');
      await c.sync();
    }))).toBe('ResponsePayloadSizeLimitExceeded');
  });

  test('protect() on a protected sheet and unprotect() on an unprotected one: AccessDenied (office-js#6784)', async () => {
    const x = new FakeExcel();
    x.addSheet('S').protected = true;
    expect(await fails(x.run(async (c: Ctx) => { c.workbook.worksheets.getItem('S').protection.protect(); await c.sync(); }))).toBe('AccessDenied');
    await x.run(async (c: Ctx) => { c.workbook.worksheets.getItem('S').protection.unprotect(); await c.sync(); });
    expect(await fails(x.run(async (c: Ctx) => { c.workbook.worksheets.getItem('S').protection.unprotect(); await c.sync(); }))).toBe('AccessDenied');
  });

  test('delete() of a very hidden sheet: InvalidOperation; hidden first, then it goes', async () => {
    const x = new FakeExcel();
    x.addSheet('S').visibility = 'VeryHidden';
    expect(await fails(x.run(async (c: Ctx) => { c.workbook.worksheets.getItem('S').delete(); await c.sync(); }))).toBe('InvalidOperation');
    await x.run(async (c: Ctx) => {
      const ws = c.workbook.worksheets.getItem('S');
      ws.visibility = 'Hidden';
      ws.delete();
      await c.sync();
    });
    expect(x.sheets).toEqual([]);
  });

  test('an object used after its Excel.run ended: InvalidObjectPath; Excel.run(context, …) goes on with it', async () => {
    const x = new FakeExcel();
    x.addSheet('S');
    const kept = await x.run(async (c: Ctx) => c.workbook.worksheets.getItem('S'));
    expect(() => kept.getRange('A1')).toThrow(/after its Excel.run ended/);
    await x.run(async (c: Ctx) => {
      kept.getRange('A1').values = [['ok']];
      await c.sync();
    }, kept.context as Ctx);
    expect(x.cell('S', 'A1')?.v).toBe('ok');
  });

  test('a string starting with = + - is stored as a formula; numbers and ISO dates as text become values; an apostrophe keeps text', async () => {
    const x = new FakeExcel();
    x.addSheet('S');
    await x.run(async (c: Ctx) => {
      c.workbook.worksheets.getItem('S').getRange('A1:F1').values = [['-3天', '=A1', '001', '2026-03-20', "'-3天", "'001"]];
      await c.sync();
    });
    expect(x.cell('S', 'A1')).toMatchObject({ formula: '-3天', type: 'Error' });
    expect(x.cell('S', 'B1')).toMatchObject({ formula: '=A1' });
    expect(x.cell('S', 'C1')?.v).toBe(1);
    expect(x.cell('S', 'D1')).toMatchObject({ v: 46101, fmt: 'yyyy/m/d' });
    expect(x.cell('S', 'E1')).toEqual({ v: '-3天' });
    expect(x.cell('S', 'F1')).toEqual({ v: '001' });
  });

  test('an event handler is removed only with the context it was added with', async () => {
    const x = new FakeExcel();
    const s = x.addSheet('S');
    s.cells.set('1,1', { v: 1 });
    x.bindings.push({ id: 'zb-1', type: 'Range', sheet: 'S', sheetId: s.id, range: { top: 1, left: 1, bottom: 1, right: 1 }, handlers: [] });
    const result = await x.run(async (c: Ctx) => {
      const r = c.workbook.bindings.getItem('zb-1').onDataChanged.add(async () => undefined);
      await c.sync();
      return r;
    });
    expect(x.bindings[0]?.handlers).toHaveLength(1);
    expect(await fails(x.run(async (c: Ctx) => { result.remove(); await c.sync(); }))).toBe('InvalidObjectPath');
    await x.run(async (c: Ctx) => { result.remove(); await c.sync(); }, result.context as Ctx);
    expect(x.bindings[0]?.handlers).toEqual([]);
  });

  test('members above the host’s ExcelApi version fail with ApiNotFound', async () => {
    const x = new FakeExcel();
    x.apiVersion = '1.12';
    x.addSheet('S');
    expect(x.run.supports?.('1.13')).toBe(false);
    expect(await fails(x.run(async (c: Ctx) => {
      c.workbook.worksheets.getItem('S').getRange('A1:B2').getMergedAreasOrNullObject();
      await c.sync();
    }))).toBe('ApiNotFound');
  });

  test('value writes into a bound range raise its data-changed event later, unless events were off', async () => {
    jest.useFakeTimers();
    try {
      const x = new FakeExcel();
      const s = x.addSheet('S');
      x.bindings.push({ id: 'zb-1', type: 'Range', sheet: 'S', sheetId: s.id, range: { top: 1, left: 1, bottom: 5, right: 2 }, handlers: [] });
      const write = (v: number, off: boolean) => x.run(async (c: Ctx) => {
        if (off) c.runtime.enableEvents = false;
        c.workbook.worksheets.getItem('S').getRange('A1').values = [[v]];
        if (off) c.runtime.enableEvents = true;
        await c.sync();
      });
      await write(1, false);
      expect(x.raisedEvents).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      expect(x.raisedEvents).toEqual(['zb-1']);
      await write(2, true);
      await jest.advanceTimersByTimeAsync(1);
      expect(x.raisedEvents).toEqual(['zb-1']);
      expect(x.cell('S', 'A1')?.v).toBe(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
