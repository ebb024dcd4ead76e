// Văn bản: the resolutions, conclusions, notices and reports that targets and tasks come from.
import type { ProposalKind } from './proposal.ts';

export const DOCUMENT_KINDS = ['nghi_quyet', 'ket_luan', 'thong_bao', 'bao_cao', 'ke_hoach', 'chi_thi', 'khac'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  nghi_quyet: 'Nghị quyết',
  ket_luan: 'Kết luận',
  thong_bao: 'Thông báo',
  bao_cao: 'Báo cáo',
  ke_hoach: 'Kế hoạch',
  chi_thi: 'Chỉ thị',
  khac: 'Văn bản khác',
};

export interface Document {
  id: string;
  kind: DocumentKind;
  /** Số, ký hiệu such as `45-NQ/TW` or `226/2025/QH15`; null for press reports without one. */
  number: string | null;
  /** Ngày ban hành, a calendar date `YYYY-MM-DD`. */
  issuedOn: string;
  issuer: string;
  title: string;
  text: string;
}

/** Where a stored figure or task came from: the document and the [start, end) span in its text. */
export interface SourceRef {
  documentId: string | null;
  span: [number, number] | null;
  /** The sentence itself, kept so a reader sees it without opening the document. */
  quote: string | null;
}

/** An item already registered from a document, with its span: a proposal over it is already decided. */
export interface RegisteredItem {
  kind: ProposalKind;
  id: string;
  span: [number, number] | null;
  /** For figures: one sentence often states several (1325/1.845, then 71,8%). */
  indicator?: string;
  /** For tasks: with the span, what tells one directive from another in the same sentence. */
  deadline?: string | null;
}
