/**
 * Finding the Debian programs some tests drive (LibreOffice, poppler) on the PATH, without running them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The path of a command on the PATH, or null.
 * @example which('pdftotext') === '/usr/bin/pdftotext'
 */
export function which(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    if (dir && fs.existsSync(p)) return p;
  }
  return null;
}

/** LibreOffice's command (`libreoffice` or `soffice`), or null when it is not installed. */
export const soffice: string | null = which('libreoffice') ?? which('soffice');
