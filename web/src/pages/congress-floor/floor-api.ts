// The congress floor's calls to /api: the delegate's sign-in and ballots, the secretariat's codes and votes.
import { request } from '../../api.ts';
import type { DelegateMe, SignInCodesIssued, VoteList, VoteView } from '../../../../src/contract/congress-floor.ts';
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
  issueCodes: (code: string, delegates?: string[]) => request<SignInCodesIssued>('POST', `${at(code)}/signin-codes`, delegates ? { delegates } : {}),
};
