// Binary search over items sorted by start offset: the items that lie inside [from, to).

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
  for (let i = from - 1; i >= Math.max(0, limit); i--) if (chars.includes(text[i] ?? '')) return i;
  return -1;
}

/** First index of any of `chars` in [from, limit), or -1. */
export function firstOf(text: string, chars: string, from: number, limit: number): number {
  for (let i = from; i < Math.min(text.length, limit); i++) if (chars.includes(text[i] ?? '')) return i;
  return -1;
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
