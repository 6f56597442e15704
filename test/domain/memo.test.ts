import { memoise } from '../../src/domain/memo';

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
});
