// Nhiệm kỳ: the five-year term of a Party congress (2020–2025, 2025–2030), and which targets are the
// term's, so that the dashboard can say a term's result ("13/20 chỉ tiêu đạt") beside the current one.
//
// A target is the term's when it is stated over the term (a period from its first or second year to
// its last: 2020/2025, 2021/2025, 2025/2030, 2026/2030), or for the term's last year (2030) and set
// before that year began: the congress's "đến năm 2030". A year's own plan (the 2025 growth set in
// July 2025), a mid-term milestone (2027) and a quarter are not term targets.

/** Congress terms end on years divisible by five (2020, 2025, 2030). */
const isTermEnd = (year: number) => year % 5 === 0;

/**
 * The term code ("2020/2025") of a target of period `period`, set by a document issued on `setOn`
 * (null when it came from no document); null when the target is not a term target.
 */
export function termOf(period: string, setOn: string | null): string | null {
  const range = /^(\d{4})\/(\d{4})$/u.exec(period);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    return isTermEnd(to) && to - from >= 4 && to - from <= 5 ? `${to - 5}/${to}` : null;
  }
  const year = /^(\d{4})$/u.exec(period);
  if (year) {
    const y = Number(year[1]);
    return isTermEnd(y) && setOn !== null && Number(setOn.slice(0, 4)) < y ? `${y - 5}/${y}` : null;
  }
  return null;
}

/** "2020/2025" → "Nhiệm kỳ 2020–2025" */
export function termLabelVi(term: string): string {
  return `Nhiệm kỳ ${term.replace('/', '–')}`;
}
