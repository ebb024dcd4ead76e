// Turns what the extractor read in a document into proposals a person confirms: each one the body
// of an observation, a target or a task, with its source span, ready to edit and register.
import type { RegisteredItem } from '../domain/document.ts';
import type { Extraction, Fact, ExtractedTask } from '../extract/index.ts';
import type { Unit } from '../domain/unit.ts';
import type { MeasureKind, TargetGroup } from '../domain/target.ts';
import { searchKey } from '../domain/search.ts';

export interface DocumentRef {
  id: string;
  text: string;
  issuedOn: string;
  issuer: string;
}

/** The registered items the reader's proposals are matched against (one shape with src/db's query). */
export type Registered = RegisteredItem;

const overlaps = (a: readonly [number, number], b: readonly [number, number] | null) => b !== null && a[0] < b[1] && b[0] < a[1];

/**
 * The registered item a proposal stands for: same kind, overlapping spans (a person often keeps a
 * shorter or longer quote than the extractor's clause), and the same indicator or deadline.
 */
export function findRegistered(registered: readonly Registered[], kind: Registered['kind'], span: [number, number], what: { indicator?: string; deadline?: string }): string | null {
  const hit = registered.find(
    (r) =>
      r.kind === kind &&
      overlaps(span, r.span) &&
      (what.indicator === undefined || r.indicator === what.indicator) &&
      (what.deadline === undefined || r.deadline === what.deadline),
  );
  return hit?.id ?? null;
}

interface ProposalBase {
  /** Stable within one reading of one text: its kind and span. */
  id: string;
  span: [number, number];
  quote: string;
  /** The item already registered from this very span, if any: accepting again would duplicate it. */
  registeredId: string | null;
  /** Why a person must look before accepting (no indicator, no period, a year taken from the document). */
  warnings: string[];
  /** 0–1: how sure the reading is; each warning lowers it (see confidenceOf). */
  confidence: number;
}

export interface FactProposal extends ProposalBase {
  kind: 'observation' | 'target';
  fact: Fact;
  body: Record<string, unknown>;
}

export interface TaskProposal extends ProposalBase {
  kind: 'task';
  task: ExtractedTask;
  body: Record<string, unknown>;
}

export type Proposal = FactProposal | TaskProposal;

/** The lexicon's view of an indicator: its unit and how it is measured. */
export interface IndicatorInfo {
  unit: string;
  measure: 'growth' | 'plan' | 'level' | 'any';
}

const PARTY = /^(party|gov|congress)\./u;
const SECURITY = /^(crime|militia|defence|security)\./u;

export function groupOf(indicator: string): TargetGroup {
  if (PARTY.test(indicator)) return 'xay_dung_dang';
  if (SECURITY.test(indicator)) return 'quoc_phong_an_ninh';
  return 'kinh_te_xa_hoi';
}

export function measureOf(fact: Fact, info: IndicatorInfo | undefined): MeasureKind {
  if (info?.measure === 'growth') return 'growth';
  if (fact.unit === '%') return 'share';
  return 'level';
}

/**
 * The unit a directive names ("giao Văn phòng Thành ủy …"): the unit whose name is the owner text,
 * else the longest unit name found inside it. Null when none fits: a person chooses.
 */
export function matchUnit(owner: string | null, units: readonly Unit[]): Unit | null {
  if (!owner) return null;
  const key = searchKey(owner);
  const exact = units.find((u) => searchKey(u.name) === key);
  if (exact) return exact;
  let best: Unit | null = null;
  for (const u of units) {
    const name = searchKey(u.name);
    if (name.length >= 6 && key.includes(name) && (!best || name.length > best.name.length)) best = u;
  }
  return best;
}

/**
 * A missing indicator or period makes the proposal unusable as it stands; a year taken from the
 * document or an owner not found among the units is usually right but worth a look.
 */
export function confidenceOf(warnings: readonly string[]): number {
  let c = 0.95;
  for (const w of warnings) c -= w.startsWith('indicator') || w.startsWith('period: văn bản') ? 0.4 : 0.1;
  return Math.max(0.05, Math.round(c * 100) / 100);
}

const spanKey = (s: readonly [number, number] | null) => (s ? `${s[0]}:${s[1]}` : '');

export function buildProposals(
  doc: DocumentRef,
  x: Extraction,
  ctx: { units: readonly Unit[]; indicators: ReadonlyMap<string, IndicatorInfo>; registered: readonly Registered[] },
): Proposal[] {
  const source = (span: [number, number]) => ({ documentId: doc.id, span, quote: doc.text.slice(span[0], span[1]) });
  const out: Proposal[] = [];

  for (const f of x.facts) {
    const kind = f.kind === 'actual' ? 'observation' : 'target';
    const warnings: string[] = [];
    if (f.indicator === 'other') warnings.push('indicator: chưa xác định chỉ tiêu, hãy chọn');
    if (!f.period) warnings.push('period: văn bản không nêu kỳ, hãy nhập');
    if (f.periodImplied) warnings.push('period: năm lấy theo ngày văn bản');
    const common = { indicator: f.indicator, value: f.value, unit: f.unit, period: f.period, source: source(f.span) };
    const body =
      kind === 'observation'
        ? { ...common, standing: f.approx ? 'estimate' : 'preliminary', unitId: null }
        : {
            ...common,
            label: f.label ?? f.text ?? f.indicator,
            group: groupOf(f.indicator),
            direction: f.cmp === '<=' || f.cmp === '<' ? 'lower' : 'higher',
            comparator: f.cmp ?? '>=',
            max: f.max ?? null,
            measure: measureOf(f, ctx.indicators.get(f.indicator)),
            ownerUnitId: null,
          };
    out.push({
      id: `${kind}@${spanKey(f.span)}@${f.indicator}`,
      kind,
      span: f.span,
      quote: doc.text.slice(f.span[0], f.span[1]),
      registeredId: findRegistered(ctx.registered, kind, f.span, { indicator: f.indicator }),
      warnings,
      confidence: confidenceOf(warnings),
      fact: f,
      body,
    });
  }

  for (const t of x.tasks) {
    const lead = matchUnit(t.owner, ctx.units);
    const warnings: string[] = [];
    if (t.deadlineImplied) warnings.push('deadline: năm lấy theo ngày văn bản');
    if (t.owner && !lead) warnings.push(`leadUnitId: không tìm thấy đơn vị "${t.owner}", hãy chọn`);
    // A deadline earlier than the document (a report of what was due) still registers: assigned that day.
    const assignedOn = t.deadline < doc.issuedOn ? t.deadline : doc.issuedOn;
    out.push({
      id: `task@${spanKey(t.span)}`,
      kind: 'task',
      span: t.span,
      quote: doc.text.slice(t.span[0], t.span[1]),
      registeredId: findRegistered(ctx.registered, 'task', t.span, { deadline: t.deadline }),
      warnings,
      confidence: confidenceOf(warnings),
      task: t,
      body: {
        title: t.text,
        leadUnitId: lead?.id ?? null,
        authority: doc.issuer || null,
        assignedOn,
        deadline: t.deadline,
        latest: t.latest,
        source: source(t.span),
      },
    });
  }
  return out;
}
