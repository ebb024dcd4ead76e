// The congress floor's calls to /api: the delegate's sign-in and ballots, the secretariat's codes and votes.
import { request, upload, withQuery } from '../../api.ts';
import type { Contribution, ContributionList, DelegateMe, PaperDetail, PaperList, Programme, SignInCodesIssued, VoteList, VoteView } from '../../../../src/contract/congress-floor.ts';
import type { ProgrammeSession } from '../../../../src/domain/congress/programme.ts';
import type { VoteChoice, VoteKind } from '../../../../src/domain/congress/vote.ts';

const at = (code: string) => `/congresses/${encodeURIComponent(code)}`;

export const floorApi = {
  delegateLogin: (body: { congress: string; delegate: string; code: string }) => request<DelegateMe & { csrfToken: string }>('POST', '/delegate/login', body, { quiet401: true }),
  delegateMe: () => request<DelegateMe>('GET', '/delegate/me', undefined, { quiet401: true }),
  delegateLogout: () => request<{ ok: true }>('POST', '/delegate/logout'),
  votes: (code: string) => request<VoteList>('GET', `${at(code)}/votes`),
  openVote: (code: string, body: { question: string; kind: VoteKind; secret: boolean }) => request<VoteView>('POST', `${at(code)}/votes`, body),
  closeVote: (code: string, id: string) => request<VoteView>('POST', `${at(code)}/votes/${encodeURIComponent(id)}/close`),
  cast: (code: string, id: string, choice: VoteChoice) => request<{ vote: string; voted: true }>('POST', `${at(code)}/votes/${encodeURIComponent(id)}/ballots`, { choice }),
  programme: (code: string) => request<Programme>('GET', `${at(code)}/programme`),
  publishProgramme: (code: string, sessions: ProgrammeSession[]) => request<Programme>('PUT', `${at(code)}/programme`, { sessions }),
  papers: (code: string) => request<PaperList>('GET', `${at(code)}/papers`),
  paper: (code: string, id: string, version?: number) => request<PaperDetail>('GET', withQuery(`${at(code)}/papers/${encodeURIComponent(id)}`, { version })),
  paperFileUrl: (code: string, id: string, version: number) => `/api${at(code)}/papers/${encodeURIComponent(id)}/versions/${version}/file`,
  /** The next version of a paper: multipart, as a file may go with it. */
  publishPaper: (code: string, fields: { title: string; label: string; text: string }, file: File | null) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) if (v) form.append(k, v);
    if (file) form.append('file', file, file.name);
    return request<{ version: number; label: string }>('POST', `${at(code)}/papers`, form);
  },
  contributions: (code: string) => request<ContributionList>('GET', `${at(code)}/contributions`),
  registerContribution: (code: string, body: { delegate?: string; author?: string; committee?: string; topic: string; presented: boolean }) => request<Contribution>('POST', `${at(code)}/contributions`, body),
  importContributions: (code: string, file: File) => upload<{ registered: number; presented: number; replaced: number }>(`${at(code)}/contributions/import`, file),
  markPresented: (code: string, id: string, presented: boolean) => request<Contribution>('PATCH', `${at(code)}/contributions/${encodeURIComponent(id)}`, { presented }),
  issueCodes: (code: string, delegates?: string[]) => request<SignInCodesIssued>('POST', `${at(code)}/signin-codes`, delegates ? { delegates } : {}),
};
