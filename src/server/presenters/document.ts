// What the API shows of a document: in lists without its text, alone with it.
import { DOCUMENT_KIND_LABELS, type Document } from '../../domain/document.ts';
import type { DocumentSummary } from '../../db/documents.ts';
import type { DocumentDetail, DocumentItem } from '../../contract/document.ts';

const fields = (d: Omit<Document, 'text'>) => ({
  id: d.id, kind: d.kind, number: d.number, issuedOn: d.issuedOn, issuer: d.issuer, title: d.title, kindLabel: DOCUMENT_KIND_LABELS[d.kind],
});

export const presentDocumentItem = (d: DocumentSummary): DocumentItem => ({ ...fields(d), length: Number(d.length) });
export const presentDocument = (d: Document): DocumentDetail => ({ ...fields(d), text: d.text });
