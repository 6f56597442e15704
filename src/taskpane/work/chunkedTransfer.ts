/**
 * A large result crosses from the worker to the page in pieces. The page deserialises each message
 * in one task of its main thread: a 10,000-indicator outcome (some 15 MB) in one message is one task
 * of hundreds of milliseconds, the pane frozen meanwhile. Split into a skeleton (the value with its
 * long arrays left empty) and chunks of those arrays' items, each message is a short task.
 */

/** Items of one long array, at `path` in the value (keys and indices from the top). */
export interface Chunk {
  path: (string | number)[];
  items: unknown[];
}

/** Arrays longer than this are sent in chunks of this many items. */
export const CHUNK_ITEMS = 400;
/** How deep long arrays are looked for (the outcome's are within four levels). */
const MAX_DEPTH = 5;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/**
 * The value with its long arrays emptied, and their items in chunks (the value itself unchanged).
 * @example splitForTransfer({ a: [1, 2, 3] }, 2) → { skeleton: { a: [] }, chunks: [{ path: ['a'], items: [1, 2] }, { path: ['a'], items: [3] }] }
 */
export function splitForTransfer(value: unknown, chunkItems = CHUNK_ITEMS): { skeleton: unknown; chunks: Chunk[] } {
  const chunks: Chunk[] = [];
  const walk = (v: unknown, path: (string | number)[]): unknown => {
    if (path.length > MAX_DEPTH) return v;
    if (Array.isArray(v)) {
      if (v.length > chunkItems) {
        for (let i = 0; i < v.length; i += chunkItems) chunks.push({ path, items: v.slice(i, i + chunkItems) });
        return [];
      }
      let changed = false;
      const out = v.map((x, i) => { const y = walk(x, [...path, i]); if (y !== x) changed = true; return y; });
      return changed ? out : v;
    }
    if (isPlainObject(v)) {
      let out: Record<string, unknown> | null = null;
      for (const [k, x] of Object.entries(v)) {
        const y = walk(x, [...path, k]);
        if (y !== x) { out ??= { ...v }; out[k] = y; }
      }
      return out ?? v;
    }
    return v;
  };
  return { skeleton: walk(value, []), chunks };
}

/**
 * Puts the chunks' items back into the skeleton (in place), in the order they came.
 * @example joinTransfer({ a: [] }, [{ path: ['a'], items: [1, 2] }, { path: ['a'], items: [3] }]) → { a: [1, 2, 3] }
 */
export function joinTransfer(skeleton: unknown, chunks: readonly Chunk[]): unknown {
  for (const c of chunks) {
    let target: unknown = skeleton;
    for (const key of c.path) target = (target as Record<string | number, unknown>)[key];
    if (!Array.isArray(target)) throw new Error(`后台计算的结果不完整（${c.path.join('.')} 不是列表），请重试。`);
    for (const item of c.items) target.push(item);
  }
  return skeleton;
}
