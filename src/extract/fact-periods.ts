// The period of a figure: its own words, then its sentence, paragraph and section; "hằng năm" and "5 năm" resolved
// to the term in force. Used by facts.ts.
import type { PeriodMention } from './periods.ts';
import type { Quantity } from './quantities.ts';
import type { DocYear } from './dates.ts';
import { lastEndingBy, within } from './ranges.ts';

function distance(p: PeriodMention, q: Quantity): number {
  return p.end <= q.start ? q.start - p.end : p.start - q.end;
}

// "bằng 43,5% kế hoạch vốn năm 2025": the year names the plan; the figure's own period is said elsewhere.
const PLAN_BEFORE = /(?:kế\s+hoạch(?:\s+vốn)?|dự\s+toán)\s+$/iu;

/** Its own words first (between the previous amount and the next comma), then the sentence, the paragraph, the section. */

export function periodFor(q: Quantity, ps: PeriodMention[], from: number, to: number, fallback: PeriodMention | null, text: string, clauseEnd: number): PeriodMention | null {
  const all = within(ps, from, to);
  const own = all.filter((p) => !PLAN_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start)));
  if (own.length) return own.reduce((a, b) => (distance(b, q) < distance(a, q) ? b : a));
  // Only a plan's year in its own words: the period said before them, else that year after all.
  const before = lastEndingBy(ps, all.length ? from : q.start);
  if (before) return before;
  if (all.length) return all.reduce((a, b) => (distance(b, q) < distance(a, q) ? b : a));
  // After it, only within its own clause: "… đạt 94%, …; giải ngân đến ngày 30/11 …" speaks of another figure.
  return within(ps, q.end, clauseEnd)[0] ?? fallback;
}

export interface Resolved {
  value: string | null;
  lastYear: number | null;
  implied: boolean;
}

/** "hằng năm", "trong nhiệm kỳ": the multi-year period of the sentence, else of the section. */
export interface SentencePeriods {
  years: PeriodMention | undefined;
  horizon: PeriodMention | undefined;
}

export function resolve(p: PeriodMention | null, sp: SentencePeriods, section: { lastRange: PeriodMention | null }, doc: DocYear, fallback: PeriodMention | null = null): Resolved {
  if (!p) return { value: null, lastYear: null, implied: false };
  // "cao nhất trong 5 năm gần đây": a span of years with no term to resolve it compares; the period is said elsewhere.
  if (p.kind === 'annual' && !sp.years && !section.lastRange && !sp.horizon && fallback && fallback.kind !== 'annual') return resolve(fallback, sp, section, doc);
  if (p.kind !== 'annual') return { value: p.value, lastYear: p.lastYear, implied: p.implied };
  const range = sp.years ?? section.lastRange;
  // "5 năm" of a term ending in 2025 are 2021 - 2025.
  if (range && p.span) return { value: `${range.lastYear - p.span + 1}/${range.lastYear}`, lastYear: range.lastYear, implied: true };
  if (range) return { value: range.value, lastYear: range.lastYear, implied: range !== sp.years };
  const horizon = sp.horizon;
  if (horizon) return { value: `${doc.year}/${horizon.lastYear}`, lastYear: horizon.lastYear, implied: true };
  return { value: null, lastYear: null, implied: false };
}
