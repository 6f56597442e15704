/* Which callers a function's samples come through: node bench/profileCallers.cjs <file.cpuprofile> <function> */
'use strict';
const fs = require('node:fs');
const prof = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const fn = process.argv[3];
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children || []) parent.set(c, n.id);
const counts = new Map();
for (const s of prof.samples) counts.set(s, (counts.get(s) || 0) + 1);
const callers = new Map();
let total = 0;
for (const [id, c] of counts) {
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    if (n.callFrame.functionName !== fn) continue;
    const p = byId.get(parent.get(cur));
    const l = p ? `${p.callFrame.functionName || '(anon)'} ${p.callFrame.url.replace(/^.*\//, '')}:${p.callFrame.lineNumber + 1}` : '?';
    callers.set(l, (callers.get(l) || 0) + c);
    total += c;
    break;
  }
}
console.log(`${fn}: ${total} samples`);
for (const [l, c] of [...callers].sort((a, b) => b[1] - a[1])) console.log(`${String(c).padStart(6)}  ${l}`);
