// Turns any error into the one answer shape {error: {code, message, details}} with its HTTP status.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, type Bilingual, type ErrorCode } from '../domain/errors.ts';

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503 | 507> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  too_many: 429,
  unavailable: 503,
  no_space: 507,
};

export interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}

export const errorBody = (code: string, message: string, details: unknown = null): ErrorBody => ({ error: { code, message, details } });

/** PostgreSQL errors the user can cause, recognised by SQLSTATE, never by message text. */
function fromDatabase(e: { code?: unknown; errno?: unknown; constraint?: unknown; column?: unknown }): AppError | null {
  const constraint = typeof e.constraint === 'string' ? e.constraint : null;
  // A full disk: PostgreSQL's disk_full, or the file system's ENOSPC (errno 28) under PGlite.
  if (e.code === '53100' || e.code === 'ENOSPC' || e.errno === 28) {
    return new AppError('no_space', { vi: 'disk: hết dung lượng đĩa, không ghi được; báo quản trị viên giải phóng ổ đĩa', en: 'disk: the disk is full, nothing was written; ask the administrator to free some space' }, null);
  }
  switch (e.code) {
    case '23505':
      return new AppError('conflict', { vi: `đã có rồi${constraint ? ` (${constraint})` : ''}`, en: `already exists${constraint ? ` (${constraint})` : ''}` }, { constraint });
    case '23503':
      return new AppError('invalid', { vi: `tham chiếu đến mục không tồn tại, hoặc mục còn được tham chiếu${constraint ? ` (${constraint})` : ''}`, en: `refers to something that does not exist, or is still referred to${constraint ? ` (${constraint})` : ''}` }, { constraint });
    case '23514':
    case '23502':
      return new AppError('invalid', { vi: `vi phạm một ràng buộc của dữ liệu${constraint ? ` (${constraint})` : ''}`, en: `violates a rule of the data${constraint ? ` (${constraint})` : ''}` }, { constraint, column: e.column ?? null });
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return new AppError('invalid', { vi: 'một giá trị sai dạng hoặc ngoài phạm vi', en: 'a value has the wrong form or is out of range' }, null);
    case '57P01':
    case '57P02':
    case '57P03':
    case '08006':
    case '08003':
    case '08000':
      // The database went away under the request (a restart, an administrator): try again shortly.
      return new AppError('unavailable', { vi: 'cơ sở dữ liệu: mất kết nối; hãy thử lại', en: 'database: the connection to the database was lost; try again' }, null);
    default:
      return null;
  }
}

/** The answer an error becomes (exported for the table test of the mapping). */
export function classify(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (err && typeof err === 'object') return fromDatabase(err as Record<string, unknown>);
  return null;
}

/** The reader's language: the web sends its interface's (vi or en); anything else reads Vietnamese. */
export const readerLanguage = (c: Context): 'vi' | 'en' => (c.req.header('accept-language')?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi');

const isBilingual = (m: unknown): m is Bilingual => !!m && typeof m === 'object' && typeof (m as Bilingual).vi === 'string' && typeof (m as Bilingual).en === 'string';

/** Details listing problems whose `message` is in both languages (a sheet's refused cells) are given in the reader's too. */
function detailsIn(details: unknown, lang: 'vi' | 'en'): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((d: unknown) => (d && typeof d === 'object' && isBilingual((d as { message?: unknown }).message) ? { ...d, message: (d as { message: Bilingual }).message[lang] } : d));
}

export function toErrorResponse(err: unknown, c: Context): Response {
  if (err instanceof AppError) return c.json(errorBody(err.code, err.text ? err.text[readerLanguage(c)] : err.message, detailsIn(err.details, readerLanguage(c))), STATUS[err.code]);
  if (err instanceof HTTPException) {
    const status = err.status;
    const code = status === 413 ? 'too_large' : status === 415 ? 'unsupported' : status === 404 ? 'not_found' : status === 503 ? 'unavailable' : 'invalid';
    const vi = status === 413 ? 'nội dung gửi lên quá lớn' : status === 415 ? 'dạng nội dung không được hỗ trợ' : status === 404 ? 'không tìm thấy' : status === 503 ? 'máy chủ tạm thời không phục vụ được; hãy thử lại' : 'yêu cầu không hợp lệ';
    return c.json(errorBody(code, readerLanguage(c) === 'en' ? err.message || 'bad request' : vi), status);
  }
  if (err && typeof err === 'object') {
    const db = fromDatabase(err as Record<string, unknown>);
    if (db) return c.json(errorBody(db.code, db.text ? db.text[readerLanguage(c)] : db.message, db.details), STATUS[db.code]);
  }
  console.error(err);
  return c.json(errorBody('internal', readerLanguage(c) === 'en' ? 'internal error' : 'lỗi trong máy chủ; việc này đã được ghi lại'), 500);
}
