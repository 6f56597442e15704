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
  // The last text and its result, compared before the map is: a column often repeats the text of
  // the row above (a merged section, a unit), and comparing two texts costs less than a look-up.
  let lastText: string | undefined;
  let lastResult: T | undefined;
  return (text) => {
    if (text === lastText) return lastResult as T;
    let v = memo.get(text);
    if (v === undefined && !memo.has(text)) { // one look-up when remembered
      v = fn(text);
      if (memo.size >= max) memo.clear();
      memo.set(text, v);
    }
    lastText = text;
    lastResult = v;
    return v as T;
  };
}
