import { openDb } from './src/db/connection.ts';
import { assessAllTargets } from './src/server/services/assessments.ts';
const h = await openDb({ databaseUrl: process.argv[2]! });
await assessAllTargets(h.db, '2026-12-01');
const { Session } = await import('node:inspector/promises');
const s = new Session(); s.connect();
await s.post('Profiler.enable'); await s.post('Profiler.start');
const t0 = performance.now();
for (let i = 2; i < 6; i++) await assessAllTargets(h.db, `2026-12-0${i}`);
console.log('4 days', Math.round(performance.now() - t0), 'ms');
const { profile } = await s.post('Profiler.stop');
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) { const n: any = byId.get(samples[i]); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + dt[i]); }
const tot = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((100 * v / tot).toFixed(1).padStart(5), k);
await h.close();
// parents of dispatch
const parent = new Map<number, any>();
for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n);
const par = new Map<string, number>();
for (let i = 0; i < samples.length; i++) { const n: any = byId.get(samples[i]); if (n.callFrame.functionName !== 'dispatch') continue; let p = parent.get(n.id); const chain = []; for (let j = 0; j < 3 && p; j++) { chain.push(`${p.callFrame.functionName}@${p.callFrame.url.split('/').slice(-1)[0]}:${p.callFrame.lineNumber}`); p = parent.get(p.id); } const k = chain.join(' < '); par.set(k, (par.get(k) ?? 0) + dt[i]); }
for (const [k, v] of [...par.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log((100 * v / tot).toFixed(1), k);
