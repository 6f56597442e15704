/**
 * Remembering a function of a text: cell texts, units and project names recur row after row.
 */

/**
 * `fn` remembering its result per text; with `max`, the memory is emptied when it holds that many.
 * Results are shared: callers hand out copies of objects they must not let others change.
 * @example const keyOf = memoise(compareKey); keyOf('人社局') === keyOf('人社局')
 */
export function memoise<T>(fn: (text: string) => T, max = Infinity): (text: string) => T {
  // (A last-text check before the map look-up (0e576a1) went back out: buildReport's CPU time at
  // 10,000 and 100,000 rows was the same within noise without it — 902–939 vs 941–986 ms at 100k,
  // 120–160 vs 137–150 ms at 10k, CPU time, bench/engineAlone.ts data, loaded 2-core machine.)
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    const v = fn(text);
    if (memo.size >= max) memo.clear();
    memo.set(text, v);
    return v;
  };
}
