// The whole workspace as one JSON document: what `haidang export` prints and `haidang import` reads.
import { z } from 'zod';
import { UNIT_KINDS } from '../domain/unit.ts';
import { DOCUMENT_KINDS } from '../domain/document.ts';
import { MEASURE_KINDS, TARGET_GROUPS, VISIBILITIES } from '../domain/target.ts';
import { STANDINGS } from '../domain/observation.ts';
import { REPORT_KINDS } from '../domain/task.ts';

export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const id = z.string().min(1).max(200);
const source = z.object({
  documentId: id.nullable(),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).nullable(),
  quote: z.string().nullable(),
});

export const WorkspaceUnit = z.object({
  id, code: z.string().min(1), name: z.string().min(1), kind: z.enum(UNIT_KINDS), parentId: id.nullable(),
  // A merged unit (sáp nhập) keeps its successor; files written before mergers have neither field.
  mergedInto: id.nullable().optional(), mergedOn: day.nullable().optional(),
});
export const WorkspaceDocument = z.object({
  id,
  kind: z.enum(DOCUMENT_KINDS),
  number: z.string().nullable(),
  issuedOn: day,
  issuer: z.string(),
  title: z.string().min(1),
  text: z.string().optional(),
  /** Demo files keep long texts beside the JSON; resolved before import. */
  textFile: z.string().optional(),
  visibility: z.enum(VISIBILITIES).default('internal'),
});
export const WorkspaceTarget = z.object({
  id,
  indicator: z.string().min(1),
  label: z.string().min(1),
  unit: z.string().min(1),
  group: z.enum(TARGET_GROUPS),
  direction: z.enum(['higher', 'lower']),
  comparator: z.enum(['>=', '>', '<=', '<', '=']),
  value: z.number().finite(),
  max: z.number().finite().nullable(),
  period: z.string(),
  baselineValue: z.number().finite().nullable(),
  baselinePeriod: z.string().nullable(),
  measure: z.enum(MEASURE_KINDS),
  ownerUnitId: id.nullable(),
  source,
  visibility: z.enum(VISIBILITIES).default('internal'),
});
export const WorkspaceObservation = z.object({
  id,
  indicator: z.string().min(1),
  period: z.string(),
  value: z.number().finite(),
  unit: z.string().min(1),
  standing: z.enum(STANDINGS),
  unitId: id.nullable(),
  source,
  enteredBy: z.string().nullable().optional(),
});
export const WorkspaceTask = z.object({
  id,
  title: z.string().min(1),
  leadUnitId: id.nullable(),
  coUnitIds: z.array(id),
  personInCharge: z.string().nullable(),
  authority: z.string().nullable(),
  product: z.string().nullable(),
  assignedOn: day,
  deadline: day.nullable(),
  latest: day.nullable(),
  recurring: z.boolean(),
  parentId: id.nullable(),
  targetIds: z.array(id),
  source,
  visibility: z.enum(VISIBILITIES).default('internal'),
});
export const WorkspaceReport = z.object({
  id,
  taskId: id,
  kind: z.enum(REPORT_KINDS),
  reportedOn: day,
  progress: z.number().int().min(0).max(100).nullable(),
  text: z.string(),
  newDeadline: day.nullable(),
  approved: z.boolean().nullable(),
  // Written since a co-unit reports its part and a report carries a link (older files have neither).
  unitId: id.nullable().optional(),
  link: z.string().nullable().optional(),
  authorId: z.string().nullable(),
});

export const WorkspaceProposal = z.object({
  id,
  documentId: id,
  kind: z.enum(['observation', 'target', 'task']),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  quote: z.string(),
  payload: z.record(z.string(), z.unknown()),
  extracted: z.unknown(),
  confidence: z.number().min(0).max(1),
  warnings: z.array(z.string()),
  status: z.enum(['pending', 'accepted', 'merged', 'rejected']),
  itemId: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export const Workspace = z.object({
  format: z.literal('haidang-workspace'),
  /** 1: a completion counted at once; 2: a unit's completion (approved null) waits for acceptance. */
  version: z.union([z.literal(1), z.literal(2)]),
  units: z.array(WorkspaceUnit),
  documents: z.array(WorkspaceDocument),
  targets: z.array(WorkspaceTarget),
  observations: z.array(WorkspaceObservation),
  tasks: z.array(WorkspaceTask),
  reports: z.array(WorkspaceReport),
  /** Absent in hand-written files (the demo): the documents are read again on import. */
  proposals: z.array(WorkspaceProposal).optional(),
});
export type Workspace = z.infer<typeof Workspace>;
