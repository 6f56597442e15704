/**
 * writeValidatedJson writes exactly the bytes of JSON.stringify(schema.parse(value), null, 1),
 * validating element by element, and leaves no file when the value does not fit.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { writeValidatedJson } from '../../src/cli/resultJson';
import { ResultSchema } from '../../src/domain/resultSchema';
import { runBuild } from '../../src/engine/runBuild';
import { safeSettings } from '../../src/domain/settings';
import { XlsxFileSource } from '../../src/xlsx/fileSource';
import { sharedAvailable } from '../support/sharedFolder';

const fixtures = path.resolve(__dirname, '../../../shared/fixtures/2026-03');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-resultjson-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const haveFixtures = sharedAvailable('the JSON of the open fixtures\' build', fixtures);

let n = 0;
async function written(schema: z.ZodObject, value: Record<string, unknown>): Promise<string> {
  const file = path.join(tmp, `r${n++}.json`);
  await writeValidatedJson(file, schema, value);
  return fs.readFileSync(file, 'utf8');
}

describe('writeValidatedJson', () => {
  (haveFixtures ? test : test.skip)('the fixtures’ build result: the same bytes as parse + stringify', async () => {
    const { settings } = safeSettings({ asOf: '2026-03-20' });
    const { result } = await runBuild({ source: new XlsxFileSource([fixtures]), settings, sink: null });
    expect(result.indicators.length).toBeGreaterThan(40);
    const text = await written(ResultSchema, result as unknown as Record<string, unknown>);
    expect(text).toBe(JSON.stringify(ResultSchema.parse(result), null, 1));
  });

  test('empty arrays, an absent optional field and unknown keys are written as stringify writes them', async () => {
    const schema = z.object({ a: z.array(z.number()), b: z.object({ c: z.string() }).optional(), d: z.string() });
    const value = { a: [], d: 'x', extra: 1 };
    expect(await written(schema, value)).toBe(JSON.stringify(schema.parse(value), null, 1));
  });

  test('an object with no fields', async () => {
    expect(await written(z.object({}), {})).toBe('{}');
  });

  test('any values: nested arrays and objects, strings with line breaks and quotes, over several write chunks', async () => {
    const schema = z.object({
      rows: z.array(z.object({ name: z.string(), n: z.number(), tags: z.array(z.string()), more: z.record(z.string(), z.unknown()) })),
      head: z.object({ title: z.string(), list: z.array(z.array(z.number())) }),
      note: z.string().nullable(),
    });
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          rows: fc.array(fc.record({ name: fc.oneof(text, fc.constantFrom('a\nb', '"q"\r\n', '\\', '\u2028')), n: fc.double({ noNaN: true, noDefaultInfinity: true }), tags: fc.array(text, { maxLength: 3 }), more: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })) }), { maxLength: 20 }),
          head: fc.record({ title: text, list: fc.array(fc.array(fc.integer(), { maxLength: 3 }), { maxLength: 3 }) }),
          note: fc.option(text),
        }),
        async (value) => {
          expect(await written(schema, value)).toBe(JSON.stringify(schema.parse(value), null, 1));
        },
      ),
      { numRuns: 60, seed: 4 },
    );
    // Enough elements to cross the 1 MB write chunk several times.
    const big = { rows: Array.from({ length: 12000 }, (_, i) => ({ name: `指标${i}\n第二行`, n: i / 7, tags: ['x', 'y'], more: { k: [i, 'v'] } })), head: { title: 't', list: [[1]] }, note: null };
    expect(await written(schema, big)).toBe(JSON.stringify(schema.parse(big), null, 1));
  });

  test('a value that does not fit: a ZodError naming the place, and no file (nor temporary file) left', async () => {
    const schema = z.object({ a: z.array(z.object({ v: z.number() })), b: z.string() });
    const file = path.join(tmp, 'bad.json');
    const err = await writeValidatedJson(file, schema, { a: [{ v: 1 }, { v: 'x' }], b: 'ok' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(z.ZodError);
    expect((err as z.ZodError).issues[0]?.path).toEqual(['a', 1, 'v']);
    const err2 = await writeValidatedJson(file, schema, { a: [], b: 3 }).catch((e: unknown) => e);
    expect((err2 as z.ZodError).issues[0]?.path).toEqual(['b']);
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('bad.json'))).toEqual([]);
  });
});
