import fc from 'fast-check';
import { memoise } from '../../src/domain/memo';
import { fcParams } from './fcSupport';

describe('memoise', () => {
  it('calls the function once per text, null and undefined results included', () => {
    const seen: string[] = [];
    const f = memoise((t: string) => { seen.push(t); return t === 'x' ? null : t.length; });
    expect([f('人社局'), f('人社局'), f('x'), f('x')]).toEqual([3, 3, null, null]);
    expect(seen).toEqual(['人社局', 'x']);
  });

  it('empties its memory when it holds max texts', () => {
    const seen: string[] = [];
    const f = memoise((t: string) => { seen.push(t); return t; }, 2);
    ['a', 'b', 'c', 'a'].forEach((t) => f(t));
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });

  it('gives what the function gives for any sequence of texts, repeated, alternating or past max', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c', '', 'x'), { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (texts, max) => {
      const fn = (t: string): number | null | undefined => (t === 'x' ? null : t === '' ? undefined : t.charCodeAt(0));
      const f = memoise(fn, max);
      for (const t of texts) expect(f(t)).toBe(fn(t));
    }), fcParams);
  });
});
