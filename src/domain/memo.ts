/**
 * Remembering a function of a text: cell texts, units and project names recur row after row.
 */

/**
 * `fn` remembering its result per text; with `max`, the memory is emptied when it holds that many.
 * Results are shared: callers hand out copies of objects they must not let others change.
 * @example const keyOf = memoise(compareKey); keyOf('人社局') === keyOf('人社局')
 */
export function memoise<T>(fn: (text: string) => T, max = Infinity): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T; // one look-up when remembered
    const v = fn(text);
    if (memo.size >= max) memo.clear();
    memo.set(text, v);
    return v;
  };
}
