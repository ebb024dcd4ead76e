// Refused input in both languages: zod's issues worded by its own Vietnamese and English locales,
// the field named as the interface names it, and this project's own rules worded once in `RULES`.
import { z } from 'zod';
import { en as enLocale, vi as viLocale } from 'zod/v4/locales';
import { AppError, type Bilingual } from './errors.ts';

/** The project's own input rules: schemas pass `RULES.x.en` as the message; the Vietnamese comes from here. */
export const RULES = {
  day: { vi: 'cần một ngày dạng YYYY-MM-DD', en: 'expected a calendar date YYYY-MM-DD' },
  dayRange: { vi: 'cần một ngày từ năm 2000 đến năm 2100', en: 'expected a day between 2000-01-01 and 2100-12-31' },
  period: { vi: 'cần một kỳ như 2025, 2025-Q3, 2025-H1, 2025-01/2025-09, 2026/2030 hay 2025-07-09', en: 'expected a period such as 2025, 2025-Q3, 2025-H1, 2025-01/2025-09, 2026/2030 or 2025-07-09' },
  periodYears: { vi: 'năm từ 2000 đến 2100', en: 'years from 2000 to 2100' },
  quarter: { vi: 'cần một quý như 2026-Q1', en: 'expected a quarter such as 2026-Q1' },
  invisible: { vi: 'không được có ký tự điều khiển hay ký tự ẩn', en: 'control or invisible characters are not allowed' },
  reason: { vi: 'hãy ghi lý do', en: 'say why' },
  login: { vi: 'chữ thường không dấu, chữ số, dấu . _ - (3–60 ký tự)', en: 'letters, digits, . _ - (3–60)' },
  email: { vi: 'cần một địa chỉ thư điện tử như ten@haiphong.gov.vn', en: 'expected an e-mail address such as name@haiphong.gov.vn' },
  spanOrder: { vi: 'vị trí bắt đầu sau vị trí kết thúc', en: 'start after end' },
  clock: { vi: 'giờ dạng HH:MM, ví dụ 07:30', en: 'expected a time HH:MM, such as 07:30' },
  textOrFile: { vi: 'cần nội dung hoặc tệp', en: 'text or a file is needed' },
  noteLength: { vi: 'tối đa 2000 ký tự', en: 'at most 2000 characters' },
  progress: { vi: 'số nguyên từ 0 đến 100', en: 'a whole number from 0 to 100' },
  endsAfterStart: { vi: 'ngày kết thúc trước ngày khai mạc', en: 'ends before it starts' },
  latestAfterDeadline: { vi: 'hạn chậm nhất trước hạn hoàn thành', en: 'the latest day is before the deadline' },
  schooling: { vi: 'dạng 12/12 hoặc 10/10', en: 'of the form 12/12 or 10/10' },
  webAddress: { vi: 'cần một đường dẫn bắt đầu bằng http:// hoặc https://', en: 'expected a web address starting with http:// or https://' },
} satisfies Record<string, Bilingual>;

const RULE_VI = new Map(Object.values(RULES).map((r) => [r.en, r.vi]));

/** Field names as the Vietnamese interface says them; a path's other parts (indexes, ids) stay as they are. */
const FIELD_VI: Record<string, string> = {
  body: 'nội dung', title: 'nội dung', name: 'tên', code: 'mã', kind: 'loại', login: 'tên đăng nhập', email: 'thư điện tử', password: 'mật khẩu',
  current: 'mật khẩu hiện tại', next: 'mật khẩu mới', roles: 'vai trò', unitId: 'đơn vị', parentId: 'đơn vị cấp trên',
  leadUnitId: 'đơn vị chủ trì', coUnitIds: 'đơn vị phối hợp', deadline: 'thời hạn', latest: 'hạn chót', assignedOn: 'ngày giao',
  reportedOn: 'ngày báo cáo', newDeadline: 'thời hạn mới', dueOn: 'hạn nộp', period: 'kỳ', quarter: 'quý', value: 'giá trị',
  max: 'giá trị trên', baseline: 'giá trị gốc', indicator: 'chỉ tiêu', label: 'tên chỉ tiêu', unit: 'đơn vị tính', group: 'nhóm',
  reason: 'lý do', text: 'nội dung', note: 'ghi chú', score: 'điểm', level: 'mức xếp loại', issuedOn: 'ngày ban hành',
  number: 'số', issuer: 'cơ quan ban hành', source: 'nguồn', standing: 'loại số liệu', version: 'phiên bản', file: 'tệp',
  figures: 'số liệu', tasks: 'nhiệm vụ', items: 'mục', on: 'ngày', at: 'thời điểm', codes: 'mã', product: 'sản phẩm',
  owner: 'người phụ trách', acceptedBy: 'người nghiệm thu', approved: 'quyết định', completedOn: 'ngày hoàn thành', link: 'đường dẫn',
};

export const fieldVi = (path: string) => path.split('.').map((p) => FIELD_VI[p] ?? p).join('.');

type Issue = z.core.$ZodIssue;
const vi = viLocale().localeError;
const en = enLocale().localeError;
const worded = (map: z.core.$ZodErrorMap, issue: Issue) => {
  const r = map(issue as never);
  return typeof r === 'string' ? r : (r?.message ?? issue.message);
};

/** One issue in both languages: a project rule by its table, a plain check by zod's locales. */
export function issueText(issue: Issue): Bilingual {
  const rule = RULE_VI.get(issue.message);
  if (rule) return { vi: rule, en: issue.message };
  const english = worded(en, issue);
  // A message a schema wrote itself (not zod's own English) is kept as written in both.
  if (english !== issue.message) return { vi: issue.message, en: issue.message };
  return { vi: worded(vi, issue), en: english };
}

/** Zod's issues as the one error shape: `field: message` for the first, every issue in the details. */
export function inputError(issues: readonly Issue[]): AppError {
  const path = (i: Issue) => i.path.map(String).join('.') || 'body';
  const details = issues.map((i) => ({ field: path(i), message: i.message }));
  const first = issues[0];
  if (!first) return new AppError('invalid', { vi: 'dữ liệu không hợp lệ', en: 'invalid input' }, details);
  const t = issueText(first);
  return new AppError('invalid', { vi: `${fieldVi(path(first))}: ${t.vi}`, en: `${path(first)}: ${t.en}` }, details);
}
