// What a worker can be asked to do: each job a pure function of data that can cross a thread.
import { documentText } from '../intake/read.ts';
import { proposalRows } from '../intake/propose.ts';
import type { DocumentRef, Registered } from '../intake/proposals.ts';
import type { Unit } from '../domain/unit.ts';
import { readReportingSheet, type SheetExpect } from '../sheets/reporting-sheet.ts';

export const JOBS = {
  documentText: (input: { bytes: Uint8Array; maxChars: number }) => documentText(input.bytes, { maxChars: input.maxChars }),
  reportingSheet: (input: { bytes: Uint8Array; expect: SheetExpect }) => readReportingSheet(input.bytes, input.expect),
  proposals: (input: { doc: DocumentRef; units: Unit[]; registered: Registered[] }) => proposalRows(input.doc, input.units, input.registered),
};

export type JobName = keyof typeof JOBS;
export type JobInput<N extends JobName> = Parameters<(typeof JOBS)[N]>[0];
export type JobOutput<N extends JobName> = Awaited<ReturnType<(typeof JOBS)[N]>>;
