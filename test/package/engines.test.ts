/**
 * The Node version in package.json is the one every installed package accepts, so `npm ci` on it
 * gives no EBADENGINE warning. docx 9.15 lists nanoid 6 (Node 22+) although it bundles its own copy of
 * nanoid's generator (dist/index.cjs) and never loads the package: package.json overrides it with
 * nanoid 5 (Node ^18 || >=20), and the Word export's tests (test/docx) run with it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import semver from 'semver';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: unknown }>;
};

describe('Node engines', () => {
  const lowest = semver.minVersion(pkg.engines.node)?.version ?? '';

  test('package.json names a Node 20 release as the lowest supported', () => {
    expect(semver.major(lowest)).toBe(20);
  });

  test('every locked package accepts the lowest supported Node', () => {
    const refusing = Object.entries(lock.packages)
      .map(([name, p]) => ({ name, range: typeof p.engines === 'object' && p.engines ? (p.engines as { node?: unknown }).node : undefined }))
      .filter((p): p is { name: string; range: string } => typeof p.range === 'string' && !semver.satisfies(lowest, p.range))
      .map((p) => `${p.name} (${p.range})`);
    expect(refusing).toEqual([]);
  });

  test('docx gets the overridden nanoid', () => {
    const nanoid = Object.entries(lock.packages).filter(([name]) => name.endsWith('node_modules/nanoid'));
    expect(nanoid.length).toBeGreaterThan(0);
    for (const [, p] of nanoid) expect(semver.major(p.version ?? '0.0.0')).toBe(5);
  });
});
