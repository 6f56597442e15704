/* Profiling helper: reads grids once with the compiled CLI code (lib/), then runs buildReport once.
 * node --cpu-prof --cpu-prof-dir=bench/out/prof bench/profileReport.cjs <folder> */
'use strict';
const { expandInputs } = require('../lib/xlsx/fileSource');
const { readWorkbookGrids } = require('../lib/xlsx/xlsxSource');
const { buildReport } = require('../lib/domain/report');
const { parseSettings } = require('../lib/domain/settings');
(async () => {
  const { files } = await expandInputs(process.argv.slice(2));
  const grids = [];
  const cpu = (u) => Math.round((u.user + u.system) / 1000);
  let t = performance.now();
  let c = process.cpuUsage();
  for (const f of files) grids.push(...(await readWorkbookGrids(f)));
  process.stderr.write(`read ${Math.round(performance.now() - t)} ms wall, ${cpu(process.cpuUsage(c))} ms cpu\n`);
  t = performance.now();
  c = process.cpuUsage();
  const { result } = buildReport({ grids, settings: parseSettings({ asOf: '2026-03-20' }) });
  process.stderr.write(`report ${Math.round(performance.now() - t)} ms wall, ${cpu(process.cpuUsage(c))} ms cpu, ${result.indicators.length} indicators\n`);
})();
