import fc from 'fast-check';
import { joinTransfer, splitForTransfer } from '../../../src/taskpane/work/chunkedTransfer';

describe('splitForTransfer / joinTransfer', () => {
  test('long arrays leave the skeleton in chunks and come back in order; the value is not changed', () => {
    const value = { result: { indicators: Array.from({ length: 1001 }, (_, i) => ({ id: i })), asOf: '2026-03-20' }, bulletin: { sections: [{ projects: [1, 2, 3, 4, 5] }] } };
    const before = structuredClone(value);
    const { skeleton, chunks } = splitForTransfer(value, 400);
    expect(chunks.map((c) => [c.path.join('.'), c.items.length])).toEqual([['result.indicators', 400], ['result.indicators', 400], ['result.indicators', 201]]);
    expect(value).toEqual(before);
    expect((skeleton as typeof value).result.indicators).toEqual([]);
    expect(joinTransfer(structuredClone(skeleton), chunks.map((c) => structuredClone(c)))).toEqual(value);
  });

  test('short arrays and small values pass as they are (the same objects)', () => {
    const value = { a: [1, 2], b: { c: 'x' } };
    const { skeleton, chunks } = splitForTransfer(value, 3);
    expect(chunks).toEqual([]);
    expect(skeleton).toBe(value);
  });

  test('round trip of any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 1, max: 5 }), (v, n) => {
      const { skeleton, chunks } = splitForTransfer(v, n);
      expect(joinTransfer(structuredClone(skeleton), structuredClone(chunks))).toEqual(v);
    }));
  });

  test('a chunk whose path is not a list is refused in plain words', () => {
    expect(() => joinTransfer({ a: 1 }, [{ path: ['a'], items: [1] }])).toThrow('后台计算的结果不完整（a 不是列表），请重试。');
  });
});
