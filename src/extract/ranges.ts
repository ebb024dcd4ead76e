// Offsets: binary searches over items sorted by start, and indexes of marks found once per text.
import { boundaryMatches } from './scan.ts';

export function within<T extends { start: number; end: number }>(sorted: T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const it = sorted[i];
    if (!it || it.start >= to) break;
    if (it.end <= to) out.push(it);
  }
  return out;
}

/** The item whose [start, end) contains `pos`, for items sorted by start and not overlapping. */
export function containing<T extends { start: number; end: number }>(sorted: T[], pos: number): T | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = sorted[mid];
    if (!it) break;
    if (it.end <= pos) lo = mid + 1;
    else if (it.start > pos) hi = mid - 1;
    else return it;
  }
  return undefined;
}

/** Last index of any of `chars` in [limit, from), or -1: a bounded lastIndexOf, so a long line stays linear. */
export function lastOf(text: string, chars: string, from: number, limit: number): number {
  // Char codes, not one-character strings: this runs for every amount and every time limit.
  const a = chars.charCodeAt(0);
  const b = chars.length > 1 ? chars.charCodeAt(1) : a;
  const c = chars.length > 2 ? chars.charCodeAt(2) : a;
  for (let i = Math.min(from, text.length) - 1; i >= Math.max(0, limit); i--) {
    const x = text.charCodeAt(i);
    if (x === a || x === b || x === c) return i;
  }
  return -1;
}

/** First index of any of `chars` in [from, limit), or -1. */
export function firstOf(text: string, chars: string, from: number, limit: number): number {
  const a = chars.charCodeAt(0);
  const b = chars.length > 1 ? chars.charCodeAt(1) : a;
  const c = chars.length > 2 ? chars.charCodeAt(2) : a;
  for (let i = Math.max(0, from); i < Math.min(text.length, limit); i++) {
    const x = text.charCodeAt(i);
    if (x === a || x === b || x === c) return i;
  }
  return -1;
}

/** Sorted offsets in a text, with the nearest one on either side of a position found by binary search. */
class Positions {
  constructor(protected readonly at: number[]) {}
  /** Index of the first position >= i. */
  private lowerBound(i: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.at[mid] ?? Infinity) < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** As lastOf: the last position in [limit, from), or -1. */
  last(from: number, limit: number): number {
    const p = this.at[this.lowerBound(from) - 1];
    return p !== undefined && p >= Math.max(0, limit) ? p : -1;
  }
  /** As firstOf: the first position in [from, limit), or -1. */
  first(from: number, limit: number): number {
    const p = this.at[this.lowerBound(Math.max(0, from))];
    return p !== undefined && p < limit ? p : -1;
  }
}

/**
 * Sorted positions of some punctuation marks of a text, read once: the nearest ";" before each of thousands of
 * amounts is then a binary search, not a walk back over up to 300 characters.
 */
export class CharIndex extends Positions {
  constructor(text: string, chars: string) {
    const at: number[] = [];
    // Each mark found with indexOf (native, fast), then merged in order.
    for (const ch of chars) for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) at.push(i);
    if (chars.length > 1) at.sort((x, y) => x - y);
    super(at);
  }
}

/**
 * Start offsets of a global pattern's matches in a text, found once: "is there a 'lũy kế' before this amount"
 * is then a binary search, not a scan of 300 characters for each of 60,000 amounts. The word boundary before a
 * match is tested by boundaryMatches, so the pattern needs no leading lookbehind for it.
 */
export class MatchIndex extends Positions {
  constructor(text: string, re: RegExp) {
    const at: number[] = [];
    for (const m of boundaryMatches(re, text)) at.push(m.index);
    super(at);
  }
}

/** Marks character ranges as taken; checking a short range costs its length, not the number of ranges. */
export class Taken {
  private readonly bits: Uint8Array;
  constructor(length: number) {
    this.bits = new Uint8Array(length + 1);
  }
  overlaps(a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (this.bits[i]) return true;
    return false;
  }
  take(a: number, b: number): void {
    this.bits.fill(1, a, b);
  }
}

/** The last item ending at or before `pos`, for items sorted by start (and by end). */
export function lastEndingBy<T extends { start: number; end: number }>(sorted: T[], pos: number): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.end ?? Infinity) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo - 1];
}

