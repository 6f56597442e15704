/**
 * The shared folder beside the repository (`../shared`: the open fixtures, their answer keys, the
 * seed bulletin). Tests that need it never skip in silence: without it they say so on the console
 * and are reported as skipped, and under CI (CI set) a failing test says what is missing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** `../shared`, beside the repository. */
export const SHARED = path.resolve(__dirname, '../../../shared');

/**
 * Whether every path exists; when one does not, warns (and under CI registers a failing test).
 * Call at the top level of a test file.
 * @example const have = sharedAvailable('open fixtures', path.join(SHARED, 'fixtures/2026-03'));
 *          (have ? describe : describe.skip)('open fixtures', () => { … });
 */
export function sharedAvailable(what: string, ...paths: string[]): boolean {
  const missing = paths.filter((p) => !fs.existsSync(p));
  if (!missing.length) return true;
  const message = `[shared] NOT RUN: ${what} needs ${missing.map((p) => path.relative(process.cwd(), p)).join(', ')} (the ../shared folder beside the repository).`;
  if (process.env['CI']) {
    test(`${what}: ../shared is present (required under CI)`, () => {
      throw new Error(message);
    });
  } else {
    console.warn(message);
  }
  return false;
}
