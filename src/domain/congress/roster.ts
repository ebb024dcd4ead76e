// A congress's delegates (đại biểu) and the statistics of section II of the "Thông báo nhanh": pure.
import { percentOf } from './percent.ts';

export const SEXES = ['Nam', 'Nữ'] as const;
export type Sex = (typeof SEXES)[number];

export const EX_OFFICIO = 'Đương nhiên';
export const DESIGNATED = 'Chỉ định';
export const ELECTED = 'Bầu';
export const ALTERNATE_MADE_FULL = 'Dự khuyết chuyển chính thức';
export const DELEGATE_KINDS = [EX_OFFICIO, DESIGNATED, ELECTED, ALTERNATE_MADE_FULL] as const;
export type DelegateKind = (typeof DELEGATE_KINDS)[number];

export const ACADEMIC_TITLES = ['Giáo sư', 'Phó Giáo sư'] as const;
export const THEORY_LEVELS = ['Cử nhân', 'Cao cấp', 'Trung cấp', 'Sơ cấp'] as const;

/** Credential review's outcome (thẩm tra tư cách); a replaced delegate is no longer convened. */
export const DELEGATE_STATUSES = ['confirmed', 'replaced', 'excused'] as const;
export type DelegateStatus = (typeof DELEGATE_STATUSES)[number];

export interface Delegate {
  code: string;
  name: string;
  sex: Sex;
  birthYear: number;
  /** The party committee (đảng bộ trực thuộc) that sends the delegate. */
  unit: string;
  kind: DelegateKind;
  general: string | null;
  professional: string | null;
  academicTitle: string | null;
  theory: string | null;
  field: string | null;
  /** Order in the roster as imported (1, 2, …): the office's protocol order, used to break ties. */
  position: number;
  status: DelegateStatus;
}

export interface Line { label: string; count: number; percent: number }
export interface Person { age: number; code: string; name: string; unit: string }

export interface RosterStats {
  congress: string;
  convened: number;
  attended: number;
  absent: number;
  attendedPercent: number;
  kinds: { label: string; count: number }[];
  breakdowns: { gender: Line[]; age: Line[]; general: Line[]; professional: Line[]; theory: Line[]; field: Line[] };
  academicTitles: { label: string; count: number }[];
  oldest: Person | null;
  youngest: Person | null;
}

export const AGE_BANDS = [
  { label: 'Từ 30 tuổi trở xuống', max: 30 },
  { label: 'Từ 31 đến 40 tuổi', max: 40 },
  { label: 'Từ 41 đến 50 tuổi', max: 50 },
  { label: 'Từ 51 đến 60 tuổi', max: 60 },
  { label: 'Trên 60 tuổi', max: Infinity },
] as const;

export const THEORY_HIGH = 'Cử nhân, cao cấp';
export const NO_INFORMATION = 'Chưa có thông tin';
export const NO_THEORY = 'Chưa qua đào tạo';

/**
 * Which lines each breakdown prints. `always` are printed even at 0, as the seed prints
 * "Cao đẳng: 0 đại biểu (bằng 0%)"; `known` are printed in this order when someone has them; any
 * other value follows in the order first met in the roster; an empty cell comes last, under `empty`.
 */
interface LineSpec { always: readonly string[]; known: readonly string[]; empty: string; map?: (v: string) => string }

const SPECS = {
  professional: { always: ['Tiến sĩ', 'Thạc sĩ', 'Đại học', 'Cao đẳng'], known: ['Trung cấp', 'Sơ cấp'], empty: NO_INFORMATION },
  // The report counts bachelor's (Cử nhân) and advanced (Cao cấp) political theory together.
  theory: { always: [THEORY_HIGH, 'Trung cấp', 'Sơ cấp'], known: [], empty: NO_THEORY, map: (v: string) => (v === 'Cử nhân' || v === 'Cao cấp' ? THEORY_HIGH : v) },
  field: { always: ['Xây dựng Đảng', 'Chính quyền, Nhà nước', 'MTTQ, đoàn thể', 'Lực lượng vũ trang', 'Kinh tế, doanh nghiệp'], known: [], empty: NO_INFORMATION },
} satisfies Record<string, LineSpec>;

function lines(values: (string | null)[], spec: LineSpec, denominator: number): Line[] {
  const counts = new Map<string, number>();
  const seen: string[] = [];
  let empty = 0;
  for (const raw of values) {
    if (raw === null || raw === '') {
      empty++;
      continue;
    }
    const v = spec.map ? spec.map(raw) : raw;
    if (!counts.has(v)) seen.push(v);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const labels = [
    ...spec.always,
    ...spec.known.filter((k) => counts.has(k)),
    ...seen.filter((v) => !spec.always.includes(v) && !spec.known.includes(v)),
  ];
  const out = labels.map((label) => ({ label, count: counts.get(label) ?? 0 }));
  if (empty > 0) out.push({ label: spec.empty, count: empty });
  return out.map((l) => ({ ...l, percent: percentOf(l.count, denominator) }));
}

/** General schooling in its grade's order, as the seed prints it: 10/10 before 12/12. */
function generalLines(values: (string | null)[], denominator: number): Line[] {
  const grades = [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));
  return lines(values, { always: [], known: grades, empty: NO_INFORMATION }, denominator);
}

export const ageAt = (year: number, d: Pick<Delegate, 'birthYear'>) => year - d.birthYear;

/**
 * The kind an alternate made full delegate is counted within. The roster says only "Dự khuyết
 * chuyển chính thức"; an alternate takes the seat of a delegate of their own party committee, chosen
 * the same way, so the base kind is that of the committee's other delegates (Chỉ định or Bầu, the
 * more numerous). A committee with none falls back to the roster's more numerous kind; with no
 * signal at all, Bầu, since the Party's statute elects alternates with the delegates. In section II of
 * 004 the 3 alternates are within the 369 designated (77 + 369 = 446): every committee designated.
 */
export function alternateBaseKind(d: Pick<Delegate, 'unit'>, convened: readonly Pick<Delegate, 'unit' | 'kind'>[]): typeof DESIGNATED | typeof ELECTED {
  const pick = (ds: readonly Pick<Delegate, 'kind'>[]) => {
    const designated = ds.filter((x) => x.kind === DESIGNATED).length;
    const elected = ds.filter((x) => x.kind === ELECTED).length;
    return designated > elected ? DESIGNATED : elected > designated ? ELECTED : null;
  };
  return pick(convened.filter((x) => x.unit === d.unit)) ?? pick(convened) ?? ELECTED;
}

function kindLines(convened: readonly Delegate[]): { label: string; count: number }[] {
  const counts = new Map<string, number>();
  let alternates = 0;
  for (const d of convened) {
    const base = d.kind === ALTERNATE_MADE_FULL ? alternateBaseKind(d, convened) : d.kind;
    if (d.kind === ALTERNATE_MADE_FULL) alternates++;
    counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  const out = [EX_OFFICIO, DESIGNATED, ELECTED].filter((k) => counts.has(k)).map((label) => ({ label, count: counts.get(label)! }));
  if (alternates > 0) out.push({ label: ALTERNATE_MADE_FULL, count: alternates });
  return out;
}

/**
 * The oldest or youngest of those present. Ties (same year of birth) go to the one first in the
 * roster: the office lists delegates in protocol order, and the report names one person.
 */
function extreme(present: readonly Delegate[], year: number, older: boolean): Person | null {
  let best: Delegate | null = null;
  for (const d of present) {
    if (!best) best = d;
    else {
      const diff = older ? best.birthYear - d.birthYear : d.birthYear - best.birthYear;
      if (diff > 0 || (diff === 0 && d.position < best.position)) best = d;
    }
  }
  return best && { age: ageAt(year, best), code: best.code, name: best.name, unit: best.unit };
}

/**
 * Section II from the roster and who checked in. Convened: every delegate not replaced at the
 * credential review (an excused one stays convened and absent). `kinds` are over the convened;
 * everything else over those present, percentages of the present count.
 */
export function rosterStats(congress: string, year: number, delegates: readonly Delegate[], checkedIn: ReadonlySet<string>): RosterStats {
  const convened = [...delegates].filter((d) => d.status !== 'replaced').sort((a, b) => a.position - b.position);
  const present = convened.filter((d) => checkedIn.has(d.code));
  const n = present.length;
  const ageBand = (d: Delegate) => AGE_BANDS.find((b) => ageAt(year, d) <= b.max)!.label;
  return {
    congress,
    convened: convened.length,
    attended: n,
    absent: convened.length - n,
    attendedPercent: percentOf(n, convened.length),
    kinds: kindLines(convened),
    breakdowns: {
      gender: lines(present.map((d) => d.sex), { always: SEXES, known: [], empty: NO_INFORMATION }, n),
      age: lines(present.map(ageBand), { always: AGE_BANDS.map((b) => b.label), known: [], empty: NO_INFORMATION }, n),
      general: generalLines(present.map((d) => d.general), n),
      professional: lines(present.map((d) => d.professional), SPECS.professional, n),
      theory: lines(present.map((d) => d.theory), SPECS.theory, n),
      field: lines(present.map((d) => d.field), SPECS.field, n),
    },
    academicTitles: ACADEMIC_TITLES.map((label) => ({ label, count: present.filter((d) => d.academicTitle === label).length })).filter((t) => t.count > 0),
    oldest: extreme(present, year, true),
    youngest: extreme(present, year, false),
  };
}

/** How many party committees send the convened delegates ("thuộc 118 đảng bộ trực thuộc"). */
export const committeeCount = (delegates: readonly Delegate[]) => new Set(delegates.filter((d) => d.status !== 'replaced').map((d) => d.unit)).size;
