// The only way the browser app talks to the server: JSON over /api, same-origin cookies, and the
// CSRF token from the `hd_csrf` cookie echoed on every request that changes something.
import type { TaskStatus } from '../../src/domain/task-status.ts';
import type { TargetStatusKind } from '../../src/domain/target-status.ts';
import type { TargetGroup } from '../../src/domain/target.ts';
import type { Task } from '../../src/domain/task.ts';
// The answers' types are inferred from the server's schemas (src/contract): type-only, nothing of zod reaches the bundle.
import type {
  AttachmentList, AttachmentsAdded, AuditList, AuthUser, RemindersSent, UserCreated, UserList, DocumentCreated, ObservationHistory, ObservationWithdrawn, DocumentDetail, DocumentList, IntakeRead, LoginAnswer, ObservationItem, ObservationList, PeriodItem, PeriodList,
  PeriodOverview, Proposal, ProposalList, ProposalsDecided, QuarterRating, RatingRow, ReportCreated, ReportItem, Submission, SubmissionDraft, SummaryResponse,
  TargetDetail, TargetList, LineComment, ReviewPreview, TaskDetail, TaskList, TaskRemindersSent, UnitItem, UnitList, UnitMerged, UnitReport,
} from '../../src/contract/index.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Listeners told when the server answers 401: the session is gone and the login page must show. */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(fn: () => void): () => void {
  unauthorizedListeners.add(fn);
  return () => void unauthorizedListeners.delete(fn);
}

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

type Query = Record<string, string | number | undefined | null | false>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '' && v !== false) params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * The headers every call to the server carries: the interface's language (errors come back in it, the
 * server reads Accept-Language) and, on a write, the CSRF token.
 */
function baseHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { 'accept-language': localStorage.getItem('hd_lang') === 'en' ? 'en' : 'vi' };
  const csrf = method !== 'GET' && method !== 'HEAD' ? readCookie('hd_csrf') : null;
  if (csrf) headers['x-csrf-token'] = csrf;
  return headers;
}

export async function request<T>(method: string, path: string, body?: unknown, opts: { quiet401?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...baseHeaders(method) };
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  return answer<T>(res, opts);
}

/**
 * Answers sent with an ETag (the dashboard's summary), kept in this page's memory only: the server
 * marks signed-in answers no-store, so the browser keeps none on disk and would never revalidate.
 * Asked again with If-None-Match, an unchanged answer comes back as a bodiless 304. Dropped at sign-out
 * and on 401; a 304 can only name the bytes we hold, so nothing of another session can come through it.
 */
const kept = new Map<string, { etag: string; data: unknown }>();
const KEPT_MAX = 20;
export const forgetKeptAnswers = () => kept.clear();
onUnauthorized(forgetKeptAnswers);

async function getRevalidated<T>(path: string, query?: Query): Promise<T> {
  const url = withQuery(path, query);
  const held = kept.get(url);
  let res: Response;
  try {
    res = await fetch(`/api${url}`, { headers: { accept: 'application/json', ...baseHeaders('GET'), ...(held ? { 'if-none-match': held.etag } : {}) }, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  if (res.status === 304 && held) return held.data as T;
  const data = await answer<T>(res);
  const etag = res.headers.get('etag');
  kept.delete(url);
  if (etag) {
    kept.set(url, { etag, data });
    if (kept.size > KEPT_MAX) kept.delete(kept.keys().next().value!);
  }
  return data;
}

async function answer<T>(res: Response, opts: { quiet401?: boolean } = {}): Promise<T> {
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    if (res.status === 401 && !opts.quiet401) for (const fn of unauthorizedListeners) fn();
    throw new ApiError(res.status, err?.code ?? String(res.status), err?.message ?? res.statusText, err?.details ?? null);
  }
  return data as T;
}

/** Sends one file as multipart/form-data, field `file` (the browser sets the boundary). */
export function upload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  return request<T>('POST', path, form);
}

function fileName(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = disposition.match(/filename\*=UTF-8''([^;]+)/i);
  if (star) {
    try {
      return decodeURIComponent(star[1]!);
    } catch {
      /* the plain name below */
    }
  }
  return disposition.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/**
 * Downloads a file the server serves (a report, a sheet) and saves it under the server's name; an
 * answer that is not a file (4xx/5xx JSON) throws an ApiError with the server's message.
 */
export async function download(path: string, fallbackName = 'tai-ve', method: 'GET' | 'POST' = 'GET'): Promise<string> {
  let res: Response;
  // A POST makes something as it answers (new codes on cards): it carries the CSRF token like any write.
  try {
    res = await fetch(`/api${path}`, { method, headers: baseHeaders(method), credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) return answer<never>(res);
  const name = fileName(res.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

const get = <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query));
const post = <T>(path: string, body: unknown) => request<T>('POST', path, body);

export interface TaskFilters {
  unitId?: string;
  targetId?: string;
  status?: string;
  documentId?: string;
  deadlineFrom?: string;
  deadlineTo?: string;
  q?: string;
  asOf?: string;
  limit?: number;
  offset?: number;
}

export interface TargetFilters {
  group?: TargetGroup | '';
  unitId?: string;
  status?: TargetStatusKind | '';
  indicator?: string;
  documentId?: string;
  asOf?: string;
}

export interface ReportInput {
  kind: ReportItem['kind'];
  /** Left out, the report is dated today (a unit always reports today). */
  reportedOn?: string;
  progress?: number | null;
  text?: string;
  newDeadline?: string | null;
  approved?: boolean | null;
  unitId?: string | null;
  link?: string | null;
}

/** A directive with the six clears, as the form sends it (the server's TaskCreate; the domain's Task). */
export type TaskInput = Pick<Task, 'title' | 'leadUnitId' | 'coUnitIds' | 'personInCharge' | 'authority' | 'product' | 'assignedOn' | 'deadline' | 'latest' | 'recurring' | 'targetIds'>;

/** The review report's options (number, signer, recipients one a line, targets comma-separated). */
export interface ReviewChoices { number?: string; signerRole?: string; signerName?: string; recipients?: string; targets?: string }

export type UnitInput = Pick<UnitItem, 'code' | 'name' | 'kind' | 'parentId'>;

export interface ObservationInput {
  indicator: string;
  period: string;
  value: number;
  unit: string;
  standing: 'estimate' | 'preliminary' | 'official';
  unitId: string | null;
}

export interface DocumentInput {
  kind: string;
  number: string | null;
  issuedOn: string;
  issuer: string;
  title: string;
  text: string;
}

export const api = {
  summary: (q: { asOf?: string; unitId?: string } = {}) => getRevalidated<SummaryResponse>('/summary', q),
  units: () => get<UnitList>('/units'),
  unit: (id: string) => get<UnitItem>(`/units/${encodeURIComponent(id)}`),
  createUnit: (body: UnitInput) => post<UnitItem>('/units', body),
  updateUnit: (id: string, body: Partial<UnitInput>) => request<UnitItem>('PATCH', `/units/${encodeURIComponent(id)}`, body),
  mergeUnit: (id: string, intoId: string) => post<UnitMerged>(`/units/${encodeURIComponent(id)}/merge`, { intoId }),
  documents: (q: { limit?: number; offset?: number } = {}) => get<DocumentList>('/documents', q),
  document: (id: string) => get<DocumentDetail>(`/documents/${encodeURIComponent(id)}`),
  createDocument: (body: DocumentInput) => post<DocumentCreated>('/documents', body),
  proposals: (documentId: string) => get<ProposalList>(`/documents/${encodeURIComponent(documentId)}/proposals`),
  acceptProposal: (id: string, body?: Record<string, unknown>) =>
    post<Proposal>(`/proposals/${encodeURIComponent(id)}/accept`, body && Object.keys(body).length ? { body } : {}),
  acceptProposals: (documentId: string, items: Array<{ id: string; body?: Record<string, unknown> }>) =>
    post<ProposalsDecided>(`/documents/${encodeURIComponent(documentId)}/proposals/accept`, { items }),
  mergeProposal: (id: string, targetId: string) => post<Proposal>(`/proposals/${encodeURIComponent(id)}/merge`, { targetId }),
  rejectProposal: (id: string) => request<Proposal>('POST', `/proposals/${encodeURIComponent(id)}/reject`),
  targets: (q: TargetFilters = {}) => get<TargetList>('/targets', { ...q }),
  target: (id: string, asOf?: string) => get<TargetDetail>(`/targets/${encodeURIComponent(id)}`, { asOf }),
  observations: (q: { indicator?: string; unitId?: string; documentId?: string } = {}) => get<ObservationList>('/observations', q),
  createObservation: (body: ObservationInput) => post<ObservationItem>('/observations', body),
  correctObservation: (id: string, body: { value: number; standing?: ObservationInput['standing']; reason: string }) =>
    post<ObservationItem>(`/observations/${encodeURIComponent(id)}/correct`, body),
  withdrawObservation: (id: string, reason: string) => post<ObservationWithdrawn>(`/observations/${encodeURIComponent(id)}/withdraw`, { reason }),
  observationHistory: (id: string) => get<ObservationHistory>(`/observations/${encodeURIComponent(id)}/history`),
  tasks: (q: TaskFilters = {}) => get<TaskList>('/tasks', { ...q }),
  task: (id: string, asOf?: string) => get<TaskDetail>(`/tasks/${encodeURIComponent(id)}`, { asOf }),
  createTask: (body: TaskInput) => post<TaskDetail>('/tasks', body),
  updateTask: (id: string, body: Partial<TaskInput> & { version: number }) => request<TaskDetail>('PATCH', `/tasks/${encodeURIComponent(id)}`, body),
  attachments: (taskId: string) => get<AttachmentList>(`/tasks/${encodeURIComponent(taskId)}/attachments`),
  attach: (taskId: string, file: File) => upload<AttachmentsAdded>(`/tasks/${encodeURIComponent(taskId)}/attachments`, file),
  addReport: (id: string, body: ReportInput) => post<ReportCreated>(`/tasks/${encodeURIComponent(id)}/reports`, body),
  audit: (q: { limit?: number; offset?: number; objectType?: string; objectId?: string; actor?: string } = {}) =>
    get<AuditList>('/audit', q),
  periods: () => get<PeriodList>('/reporting-periods'),
  openPeriod: (body: { period: string; dueOn: string; title: string }) => post<PeriodItem>('/reporting-periods', body),
  period: (id: string, asOf?: string) => get<PeriodOverview>(`/reporting-periods/${encodeURIComponent(id)}`, { asOf }),
  unitReport: (id: string, unitId: string) => get<UnitReport>(unitReportPath(id, unitId)),
  saveUnitReport: (id: string, unitId: string, body: SubmissionDraft) => request<Submission>('PUT', unitReportPath(id, unitId), body),
  reminderLetterPath: (id: string) => `/reporting-periods/${encodeURIComponent(id)}/reminder-letter`,
  remindTasks: (taskIds: string[], note: string, again = false) => post<TaskRemindersSent>('/task-reminders', { taskIds, note, ...(again ? { again } : {}) }),
  taskReminderLetterPath: (taskIds: string[]) => `/task-reminders/letter?taskIds=${taskIds.map(encodeURIComponent).join(',')}`,
  remind: (id: string, unitIds?: string[]) => post<RemindersSent>(`/reporting-periods/${encodeURIComponent(id)}/remind`, unitIds ? { unitIds } : {}),
  decideUnitReport: (id: string, unitId: string, action: 'submit' | 'accept' | 'return' | 'reopen', reason?: string) =>
    request<Submission>('POST', `${unitReportPath(id, unitId)}/${action}`, action === 'return' ? { reason } : undefined),
  returnUnitReport: (id: string, unitId: string, reason: string, comments: LineComment[]) =>
    post<Submission>(`${unitReportPath(id, unitId)}/return`, { reason, comments }),
  uploadSheet: (id: string, unitId: string, file: File) => upload<Submission>(`${unitReportPath(id, unitId)}/sheet`, file),
  sheetPath: (id: string, unitId: string) => `${unitReportPath(id, unitId)}/sheet`,
  ratings: (quarter: string, asOf?: string) => get<QuarterRating>(`/ratings/${encodeURIComponent(quarter)}`, { asOf }),
  ratingGeneral: (quarter: string, unitId: string, points: number, note: string) =>
    request<RatingRow | null>('PUT', `/ratings/${encodeURIComponent(quarter)}/units/${encodeURIComponent(unitId)}/general`, { points, note }),
  ratingAdjust: (quarter: string, unitId: string, body: { score?: number; level?: string; reason: string }) =>
    post<RatingRow>(`/ratings/${encodeURIComponent(quarter)}/units/${encodeURIComponent(unitId)}/adjust`, body),
  reviewReportPath: (q: { period: string; format: 'docx' | 'xlsx'; unitId?: string | null } & ReviewChoices) => withQuery('/reports/review', { ...q }),
  reviewPreview: (q: { period: string; unitId?: string | null } & ReviewChoices) => get<ReviewPreview>('/reports/review/preview', { ...q }),
  readFile: (file: File) => upload<IntakeRead>('/intake/read', file),
  users: () => get<UserList>('/users'),
  createUser: (body: { login: string; name: string; unitId: string | null; roles: string[]; email?: string | null }) => post<UserCreated>('/users', body),
  updateUser: (id: string, body: { name?: string; unitId?: string | null; roles?: string[]; email?: string | null; disabled?: boolean }) =>
    request<AuthUser>('PATCH', `/users/${encodeURIComponent(id)}`, body),
  resetPassword: (id: string) => post<{ oneTimePassword: string }>(`/users/${encodeURIComponent(id)}/reset-password`, {}),
  me: () => request<{ user: AuthUser }>('GET', '/auth/me', undefined, { quiet401: true }),
  login: (login: string, password: string) => request<LoginAnswer>('POST', '/auth/login', { login, password }, { quiet401: true }),
  logout: () => post<unknown>('/auth/logout', {}).finally(forgetKeptAnswers),
  changePassword: (current: string, next: string) => post<unknown>('/auth/password', { current, next }),
};

export type TaskStatusFilter = TaskStatus;

function unitReportPath(id: string, unitId: string): string {
  return `/reporting-periods/${encodeURIComponent(id)}/units/${encodeURIComponent(unitId)}`;
}
