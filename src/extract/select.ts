// Chooses the indicator of an amount among the lexicon wordings near it: unit and measure must agree,
// the longest wording wins, then the nearest.
import type { IndicatorKey, LexMatch, Measure } from './indicators.ts';
import type { Quantity } from './quantities.ts';
import { wordAfter, wordBeforeAt, wordCharBefore, wordWidthAt } from './text.ts';

const HAS_VERB = /tăng|giảm/iu;
const VERBS_AT = /tăng|giảm/giu;

/** What a percentage measures, from the words around it and around its indicator wording. */
export function measureOf(q: Quantity, text: string, match: LexMatch | null): Exclude<Measure, 'any'> {
  if (q.unit !== '%') return 'level';
  if (q.ofPlan) return 'plan';
  if (q.verb === 'up' || q.verb === 'down') return 'growth';
  if (q.verb === 'to') return 'level';
  if (!match) return 'level';
  // "Tốc độ tăng trưởng GRDP … đạt 11,39%", "Tăng trưởng GRDP giai đoạn … đạt 13%": the verb sits in the wording.
  const before = text.slice(Math.max(0, match.start - 20, q.start - 160), q.start);
  // Most wordings have no verb in them: a quick look for the two verbs saves reading 160 characters of words.
  if (!HAS_VERB.test(before)) return 'level';
  // Only the words next to each verb matter: they are read there, not by folding the whole stretch.
  for (const m of before.matchAll(VERBS_AT)) {
    const at = m.index;
    const end = at + m[0].length;
    if (wordCharBefore(before, at) || wordWidthAt(before, end) > 0) continue; // inside a longer word
    const next = wordAfter(before, end);
    // "đóng góp … vào tăng trưởng đạt 50%": growth named as what the share goes to, not as the change.
    const object = next === 'trưởng' && wordBeforeAt(before, at) === 'vào';
    if (next !== 'lên' && next !== 'còn' && next !== 'xuống' && !object) return 'growth';
  }
  return 'level';
}

/** Can this amount be a value of this key? */
export function compatible(key: IndicatorKey, q: Quantity, measure: Exclude<Measure, 'any'>): boolean {
  if (key.unit === '%') return q.unit === '%' && (key.measure === 'any' || key.measure === measure);
  // "tăng thêm 1,8 tỷ USD" is an increment, not the level the key records.
  if (q.verb === 'up' || q.verb === 'down') return false;
  switch (key.unit) {
    case 'VND':
      return q.unit === 'VND';
    case 'USD':
      return q.unit === 'USD';
    case 'USD or VND':
      return q.unit === 'USD' || q.unit === 'VND';
    case 'USD/person':
      // "GRDP bình quân đầu người đạt 10.800 USD": the wording already says per head.
      return q.unit === 'USD/person' || q.unit === 'VND/person' || q.unit === 'USD' || q.unit === 'VND';
    case 'VND/ha':
      return q.unit === 'VND/ha' || q.unit === 'VND';
    case 'm2/person':
      return q.unit === 'm2/person' || q.unit === 'm2';
    case 'index':
      return q.unit === 'none';
    default:
      return q.unit === key.unit;
  }
}

export interface Choice {
  match: LexMatch;
  key: IndicatorKey;
  measure: Exclude<Measure, 'any'>;
}

function keyFor(m: LexMatch, q: Quantity, text: string): Choice | null {
  const measure = measureOf(q, text, m);
  const key = m.keys.find((k) => compatible(k, q, measure));
  return key ? { match: m, key, measure } : null;
}

/**
 * Best wording on one side of the amount. Left: the longest, then the nearest. Right: the nearest, then the
 * longest. A wording inside a longer one that did not fit is not tried ("kinh tế" inside "kinh tế số").
 */
export function choose(cands: LexMatch[], q: Quantity, text: string, side: 'left' | 'right'): Choice | null {
  const sorted = [...cands].sort((a, b) =>
    side === 'left' ? b.weight - a.weight || b.end - a.end : a.start - b.start || b.weight - a.weight,
  );
  const tried: LexMatch[] = [];
  for (const m of sorted) {
    if (tried.some((t) => t.start <= m.start && m.end <= t.end && t.weight > m.weight)) continue;
    tried.push(m);
    const c = keyFor(m, q, text);
    if (c) return c;
  }
  return null;
}

/** The same wording reused for a following amount: "thu ngân sách đạt 5.000 tỷ đồng, bằng 55% dự toán". */
export function reuse(m: LexMatch, q: Quantity, text: string): Choice | null {
  return keyFor(m, q, text);
}
