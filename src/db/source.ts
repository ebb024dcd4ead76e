// The link every stored figure and task keeps to the document and span it came from.
import type { SourceRef } from '../domain/document.ts';

export interface SourceColumns {
  document_id: string | null;
  span_start: number | null;
  span_end: number | null;
  quote: string | null;
}

export function toSource(r: SourceColumns): SourceRef {
  return {
    documentId: r.document_id,
    span: r.span_start === null || r.span_end === null ? null : [r.span_start, r.span_end],
    quote: r.quote,
  };
}

export function fromSource(s: SourceRef | null | undefined): SourceColumns {
  return {
    document_id: s?.documentId ?? null,
    span_start: s?.span?.[0] ?? null,
    span_end: s?.span?.[1] ?? null,
    quote: s?.quote ?? null,
  };
}
