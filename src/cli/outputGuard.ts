/**
 * Checks the output paths before the build: no output may be a file that is read as input (named,
 * found in an input folder, or the same file by another path: symbolic or hard link), the bulletin
 * workbook may not go into an input folder (the next build would read it as a department's
 * workbook), and each output must be a file name in a folder that can be written.
 */
import * as fs from 'node:fs/promises';
import { constants, Stats } from 'node:fs';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { fsProblem } from './clerkError';

/** One file the command is asked to write. */
export interface OutputRequest {
  /** The option, e.g. "--out". */
  flag: string;
  file: string;
  /** Required extension (lower case, with the dot), when the file is opened by another program. */
  ext?: string;
  /** Refused inside an input folder (a workbook the next build would read). */
  notInInputFolder?: boolean;
}

interface Identity {
  real: string;
  stat: Stats | null;
}

/** The real path of a file that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
async function realPathOf(file: string): Promise<string> {
  const abs = path.resolve(file);
  const rest: string[] = [];
  let cur = abs;
  for (;;) {
    try {
      return path.join(await fs.realpath(cur), ...rest);
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return abs;
      rest.unshift(path.basename(cur));
      cur = parent;
    }
  }
}

async function identify(file: string): Promise<Identity> {
  return { real: await realPathOf(file), stat: await fs.stat(file).catch(() => null) };
}

function sameFile(a: Identity, b: Identity): boolean {
  if (a.real === b.real) return true;
  // Hard links: same device and inode.
  return Boolean(a.stat && b.stat && a.stat.ino !== 0 && a.stat.dev === b.stat.dev && a.stat.ino === b.stat.ino);
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The first bytes of a file (fewer when it is shorter). */
async function head(file: string, n: number): Promise<Buffer> {
  const handle = await fs.open(file, 'r');
  try {
    const b = Buffer.alloc(n);
    const { bytesRead } = await handle.read(b, 0, n, 0);
    return b.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Whether a Word file was written by Zhuanbao (its core properties name it as the creator). */
async function isOurDocx(file: string): Promise<boolean> {
  try {
    const parts = unzipSync(await fs.readFile(file), { filter: (f) => f.name === 'docProps/core.xml' });
    const core = parts['docProps/core.xml'];
    return Boolean(core && /<dc:creator>\s*Zhuanbao/.test(strFromU8(core)));
  } catch {
    return false;
  }
}

/**
 * An existing file at an output path that Zhuanbao must not replace: the bulletin workbook is
 * updated in place (only Zhuanbao's sheets), so it must be a workbook; a Word document or JSON file
 * is replaced whole, so it must be one that Zhuanbao wrote.
 */
async function existingProblem(req: OutputRequest): Promise<string | null> {
  if (req.flag === '--out') {
    const b = await head(req.file, 4);
    return b.toString('latin1') === 'PK\x03\x04' ? null : `已有的文件「${req.file}」不是 .xlsx 工作簿，专报不会写在它上面。请另指定一个文件名。`;
  }
  if (req.flag === '--docx') {
    return (await isOurDocx(req.file)) ? null : `已有的 Word 文件「${req.file}」不是工作专报生成的。为免覆盖您的文档，请另指定一个文件名。`;
  }
  if (req.flag === '--json') {
    const b = await head(req.file, 64);
    return b.length === 0 || /^\{\s*"asOf"/.test(b.toString('utf8')) ? null : `已有的文件「${req.file}」不是工作专报写出的结果文件。为免覆盖它，请另指定一个文件名。`;
  }
  return null;
}

/** Where a new file can be written: the nearest existing ancestor must be a folder the process may write to. */
async function writableProblem(req: OutputRequest, id: Identity): Promise<string | null> {
  if (id.stat?.isDirectory()) {
    return `${req.flag} 指定的「${req.file}」是一个文件夹。请写出文件名，例如「${path.join(req.file, req.ext === '.docx' ? '专报.docx' : req.ext === '.xlsx' ? '专报.xlsx' : '结果.json')}」。`;
  }
  let dir = path.dirname(path.resolve(req.file));
  for (;;) {
    const st = await fs.stat(dir).catch((err: unknown) => err as NodeJS.ErrnoException);
    if (st instanceof Stats) {
      if (!st.isDirectory()) return `${req.flag} 的路径「${req.file}」中，「${dir}」是文件而不是文件夹。`;
      break;
    }
    if (st.code !== 'ENOENT') return fsProblem(st, `${req.flag} 所在的文件夹`, dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  try {
    await fs.access(dir, constants.W_OK);
  } catch {
    return `没有权限在文件夹「${dir}」中写入 ${req.flag} 的文件。请换一个可以写入的文件夹。`;
  }
  if (id.stat) {
    try {
      // An earlier output is read to keep the clerk's own sheets in it.
      await fs.access(req.file, constants.R_OK);
    } catch {
      return `已有的文件「${req.file}」没有读取权限，无法在其中更新专报。请检查权限，或换一个文件名。`;
    }
    return existingProblem(req);
  }
  return null;
}

/**
 * The problems with the requested outputs, in plain Chinese; empty when all may be written.
 * @param inputs the paths given on the command line
 * @param files the files that will be read (see inputFiles.ts)
 * @param folders the input folders
 * @example await outputProblems([{ flag: '--out', file: 'in/残联.xlsx' }], ['in'], ['in/残联.xlsx'], ['in']) → ['--out 指定的「in/残联.xlsx」是要读取的跟踪表……']
 */
export async function outputProblems(outputs: OutputRequest[], inputs: string[], files: string[], folders: string[]): Promise<string[]> {
  const read = await Promise.all([...new Set([...inputs, ...files])].map(identify));
  const folderReal = await Promise.all(folders.map(realPathOf));
  const problems: string[] = [];
  const seen: { req: OutputRequest; id: Identity }[] = [];
  for (const req of outputs) {
    const id = await identify(req.file);
    if (read.some((r) => sameFile(r, id))) {
      problems.push(`${req.flag} 指定的「${req.file}」是要读取的跟踪表之一。为保护原始数据，专报不会写在它上面，请另指定一个文件。`);
      continue;
    }
    const other = seen.find((s) => sameFile(s.id, id));
    if (other) {
      problems.push(`${req.flag} 与 ${other.req.flag} 指定了同一个文件「${req.file}」。请为它们分别指定文件。`);
      continue;
    }
    seen.push({ req, id });
    const folder = req.notInInputFolder ? folders.find((_, k) => isInside(folderReal[k] ?? '', id.real)) : undefined;
    if (folder !== undefined) {
      problems.push(`${req.flag} 指定的「${req.file}」在要读取的文件夹「${folder}」里，下次生成专报时它会被当作单位的跟踪表读入。请写到其他文件夹。`);
      continue;
    }
    const problem = await writableProblem(req, id);
    if (problem) problems.push(problem);
    else if (req.ext && path.extname(req.file).toLowerCase() !== req.ext) {
      problems.push(`${req.flag} 的文件名应以 ${req.ext} 结尾（例如「${path.basename(req.file, path.extname(req.file))}${req.ext}」），否则打开它的程序认不出来。`);
    }
  }
  return problems;
}
