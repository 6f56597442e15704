/* Summarises a .cpuprofile: self time and inclusive time per function (top N), optionally only
 * the samples under a function whose name is given (e.g. buildReport).
 * node bench/profileSummary.cjs <file.cpuprofile> [N] [function] */
'use strict';
const fs = require('node:fs');
const prof = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3] || 25);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children || []) parent.set(c, n.id);
const under = process.argv[4];
const within = (id) => {
  if (!under) return true;
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) if (byId.get(cur).callFrame.functionName === under) return true;
  return false;
};
const counts = new Map();
let total = 0;
for (const s of prof.samples) if (within(s)) { counts.set(s, (counts.get(s) || 0) + 1); total++; }
const label = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(node_modules\/)?/, '')}:${n.callFrame.lineNumber + 1}`;
const self = new Map();
const incl = new Map();
for (const [id, c] of counts) {
  const n = byId.get(id);
  self.set(label(n), (self.get(label(n)) || 0) + c);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur));
    if (seen.has(l)) continue;
    seen.add(l);
    incl.set(l, (incl.get(l) || 0) + c);
  }
}
const fmt = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([l, c]) => `${(100 * c / total).toFixed(1).padStart(5)}%  ${l}`).join('\n');
console.log(`samples ${total}\n-- self --\n${fmt(self)}\n-- inclusive --\n${fmt(incl)}`);
