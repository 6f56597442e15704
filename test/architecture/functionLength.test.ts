/**
 * No function in src/ runs past 80 lines unless a comment just above it says why (issue #18): long
 * functions are where the next change goes wrong. Counted with the TypeScript parser.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const MAX_LINES = 80;
const SRC = path.resolve(__dirname, '../../src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Functions longer than `max` lines in one file, as `file:line name (n lines)`, without those whose leading comment says `long-function:`. */
function longFunctions(file: string, text: string, max: number): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isConstructorDeclaration(n)) && n.body) {
      const first = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const lines = sf.getLineAndCharacterOfPosition(n.end).line - first + 1;
      const holder = ts.isVariableDeclaration(n.parent) ? n.parent.parent.parent : n;
      const explained = /long-function:/.test(text.slice(holder.getFullStart(), holder.getStart()));
      if (lines > max && !explained) found.push(`${path.relative(SRC, file)}:${first + 1} (${lines} lines)`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('function length', () => {
  test(`no function in src/ is over ${MAX_LINES} lines without a comment saying why`, () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => longFunctions(f, fs.readFileSync(f, 'utf8'), MAX_LINES))).toEqual([]);
  });

  test('the check finds a long function, and lets one whose comment says why', () => {
    const body = Array.from({ length: 85 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    expect(longFunctions(path.join(SRC, 'x.ts'), `function long(): void {\n${body}\n}\n`, MAX_LINES)).toEqual(['x.ts:1 (87 lines)']);
    expect(longFunctions(path.join(SRC, 'x.ts'), `// long-function: one table, read top to bottom\nfunction long(): void {\n${body}\n}\n`, MAX_LINES)).toEqual([]);
    expect(longFunctions(path.join(SRC, 'x.ts'), `// long-function: a table\nconst long = (): void => {\n${body}\n};\n`, MAX_LINES)).toEqual([]);
  });
});
