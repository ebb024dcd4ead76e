// Refiners over the facts of a document: merge a stretch figure into its floor, drop repeated figures.
import type { FoundFact } from './facts.ts';

const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

// Example: "13%/năm trở lên, phấn đấu đạt 14%/năm": value 13 (the floor), max 14 (the stretch figure).
const STRETCH_BEFORE = /phấn\s+đấu(?:\s+(?:đạt|ở\s+mức|mức))?\s*$/iu;

export function mergeStretch(found: FoundFact[], text: string): FoundFact[] {
  const drop = new Set<FoundFact>();
  for (let i = 1; i < found.length; i++) {
    const cur = found[i];
    const prev = found[i - 1];
    if (!cur || !prev || cur.sentence !== prev.sentence) continue;
    if (cur.fact.indicator === 'other' || cur.fact.indicator !== prev.fact.indicator || prev.fact.kind !== 'target') continue;
    if (!STRETCH_BEFORE.test(text.slice(Math.max(0, cur.q.start - 25), cur.q.start))) continue;
    if (prev.fact.max !== undefined || !(cur.fact.value > prev.fact.value)) continue;
    prev.fact.max = cur.fact.value;
    drop.add(cur);
  }
  return found.filter((f) => !drop.has(f));
}

/** One figure stated twice (a summary and the body) is proposed once. */
export function dedupeFacts(found: FoundFact[]): FoundFact[] {
  const kept: FoundFact[] = [];
  const byKey = new Map<string, FoundFact[]>();
  const sameMax = (a?: number, b?: number) => (a === undefined ? b === undefined : b !== undefined && close(a, b));
  for (const f of found) {
    const a = f.fact;
    const group = `${a.indicator}|${a.kind}|${a.period}`;
    const list = byKey.get(group) ?? [];
    const twin = a.indicator !== 'other' && list.some(({ fact: b }) => close(b.value, a.value) && sameMax(a.max, b.max));
    if (twin) continue;
    kept.push(f);
    if (a.indicator !== 'other' && list.length < 64) byKey.set(group, [...list, f]);
  }
  return kept;
}
