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
