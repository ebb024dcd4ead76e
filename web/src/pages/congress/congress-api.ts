// The hall's calls to /api/congresses; the answers' types come from the server's schemas (src/contract/congress.ts).
import { download, request, upload } from '../../api.ts';
import type { Attendance, CheckInResult, CongressStats, CongressView, DelegateList, DelegateView, ReviewResult, RosterResult } from '../../../../src/contract/index.ts';

export type Session = 'tru-bi' | 'chinh-thuc';
export const SESSIONS: Session[] = ['tru-bi', 'chinh-thuc'];

const path = (code: string, rest = '') => `/congresses/${encodeURIComponent(code)}${rest}`;

export type ReviewBody =
  | { decision: 'confirm' }
  | { decision: 'excuse'; reason: string }
  | { decision: 'replace'; reason: string; alternate: { code: string; name: string; sex: 'Nam' | 'Nữ'; birthYear: number; unit?: string; professional?: string | null; theory?: string | null; field?: string | null } };

export const congressApi = {
  list: () => request<{ items: CongressView[]; total: number }>('GET', '/congresses'),
  create: (body: { code: string; name: string; startsOn: string; endsOn: string }) => request<CongressView>('POST', '/congresses', body),
  get: (code: string) => request<CongressView>('GET', path(code)),
  stats: (code: string) => request<CongressStats>('GET', path(code, '/stats')),
  delegates: (code: string) => request<DelegateList>('GET', path(code, '/delegates')),
  delegate: (code: string, delegate: string) => request<DelegateView>('GET', path(code, `/delegates/${encodeURIComponent(delegate)}`)),
  roster: (code: string, file: File) => upload<RosterResult>(path(code, '/roster'), file),
  review: (code: string, delegate: string, body: ReviewBody) => request<ReviewResult>('POST', path(code, `/delegates/${encodeURIComponent(delegate)}/review`), body),
  checkIn: (code: string, codes: string[], session: Session) => request<CheckInResult>('POST', path(code, '/checkins'), { codes, session }),
  attendance: (code: string) => request<Attendance>('GET', path(code, '/attendance')),
  bulletin: (code: string) => download(path(code, '/report'), `thong-bao-nhanh-${code}.docx`),
  cards: (code: string) => download(path(code, '/cards'), `the-dai-bieu-${code}.docx`),
};
