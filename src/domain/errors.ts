// Errors with stable machine ids, raised by any layer and turned into HTTP answers or CLI exit codes at the edge.

export type ErrorCode = 'invalid' | 'not_found' | 'conflict' | 'forbidden' | 'unauthorized' | 'too_large' | 'unsupported' | 'too_many' | 'unavailable' | 'no_space';

/** A message written in both languages of the interface, chosen at the edge by the reader's language. */
export interface Bilingual {
  vi: string;
  en: string;
}

export class AppError extends Error {
  /** Both languages when the thrower wrote them; otherwise the edge translates `message`. */
  readonly text: Bilingual | null;
  constructor(
    readonly code: ErrorCode,
    message: string | Bilingual,
    readonly details: unknown = null,
  ) {
    // Vietnamese first: the CLI and the log print `message`.
    super(typeof message === 'string' ? message : message.vi);
    this.text = typeof message === 'string' ? null : message;
    this.name = 'AppError';
  }
}

export const invalid = (message: string | Bilingual, details: unknown = null) => new AppError('invalid', message, details);
const WHAT_VI: Record<string, string> = {
  attachment: 'tệp đính kèm', document: 'văn bản', observation: 'số liệu', proposal: 'đề xuất', rating: 'kết quả xếp loại',
  'reporting period': 'kỳ báo cáo', submission: 'báo cáo của đơn vị', target: 'chỉ tiêu', task: 'nhiệm vụ', unit: 'đơn vị', user: 'người dùng',
};
export const notFound = (what: string, id: string) =>
  new AppError('not_found', { vi: `không tìm thấy ${WHAT_VI[what] ?? what}: ${id}`, en: `${what} not found: ${id}` }, { id });
export const conflict = (message: string | Bilingual, details: unknown = null) => new AppError('conflict', message, details);
export const forbidden = (message: string | Bilingual = { vi: 'không được phép', en: 'forbidden' }) => new AppError('forbidden', message);
