/* The floor: a bare ExcelJS read (wb.xlsx.readFile) of every .xlsx in the given folders, nothing else.
 * Prints {"ms": <in-process read time>, "files": n} on stdout. Plain JS so it starts like the CLI. */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');

(async () => {
  const files = [];
  for (const dir of process.argv.slice(2)) {
    if (fs.statSync(dir).isDirectory()) {
      for (const e of fs.readdirSync(dir).sort()) if (/\.xlsx$/i.test(e)) files.push(path.join(dir, e));
    } else files.push(dir);
  }
  const t0 = performance.now();
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
  }
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0, files: files.length }) + '\n');
})();
