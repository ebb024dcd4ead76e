// The hall's calls to /api/congresses; the answers' types come from the server's schemas (src/contract/congress.ts).
import { download, request, upload, withQuery } from '../../api.ts';
import type { SeasonProgress } from '../../../../src/domain/congress/season.ts';
import type { Attendance, CheckInResult, CongressStats, CongressView, DelegateList, DelegateView, ReviewResult, RosterResult } from '../../../../src/contract/index.ts';

export type Session = 'tru-bi' | 'chinh-thuc';
export const SESSIONS: Session[] = ['tru-bi', 'chinh-thuc'];

const path = (code: string, rest = '') => `/congresses/${encodeURIComponent(code)}${rest}`;

export type ReviewBody =
  | { decision: 'confirm' }
  | { decision: 'excuse'; reason: string }
  | { decision: 'replace'; reason: string; alternate: { code: string; name: string; sex: 'Nam' | 'Nữ'; birthYear: number; unit?: string; professional?: string | null; theory?: string | null; field?: string | null } };

export interface SeasonView { id: string; code: string; name: string; deadline: string; latest: string }
const seasonPath = (code: string, rest = '') => `/congress-seasons/${encodeURIComponent(code)}${rest}`;

export const seasonApi = {
  list: () => request<{ items: SeasonView[]; total: number }>('GET', '/congress-seasons'),
  create: (body: Omit<SeasonView, 'id'>) => request<SeasonView>('POST', '/congress-seasons', body),
  progress: (code: string, asOf?: string) => request<SeasonProgress>('GET', withQuery(seasonPath(code, '/progress'), { asOf })),
  schedule: (code: string, file: File) => upload<{ season: string; created: number; updated: number }>(seasonPath(code, '/schedule'), file),
  held: (code: string, org: string, on: string) => request<{ season: string; org: string; name: string; heldOn: string | null }>('POST', seasonPath(code, `/orgs/${encodeURIComponent(org)}/held`), { on }),
};

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
  cardsWithCodes: (code: string) => download(path(code, '/cards-with-codes'), `the-dai-bieu-ma-dang-nhap-${code}.docx`, 'POST'),
};
