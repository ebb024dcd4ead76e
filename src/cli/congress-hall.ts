// `haidang congress review|cards|codes`: the credential review, the delegate cards and the delegates' sign-in codes from the command line, as the hall's web page does them.
import { writeFileSync } from 'node:fs';
import type { Db } from '../db/connection.ts';
import { execute } from '../commands/command.ts';
import { reviewCredential } from '../commands/congress-review.ts';
import { issueSignInCodes, signInCodesByDelegate } from '../commands/congress-signin.ts';
import { signInCodesCsv } from '../domain/congress/signin-code.ts';
import { getCongressByCode } from '../db/congresses.ts';
import { hallDelegates } from '../db/congress-review.ts';
import { AppError } from '../domain/errors.ts';
import { args, CLI } from './congress.ts';
import { say } from './language.js';

export async function hallCommand(db: Db, sub: 'review' | 'cards' | 'codes', rest: string[]): Promise<number> {
  if (sub === 'codes') return codesCommand(db, rest);
  if (sub === 'cards') {
    const { values: v } = args(sub, rest, { congress: { type: 'string' }, out: { type: 'string' } }, ['congress']);
    const congress = await getCongressByCode(db, v.congress!);
    const delegates = (await hallDelegates(db, congress.id)).filter((d) => d.status !== 'replaced');
    const { delegateCards } = await import('../reports/delegate-cards.ts');
    const out = v.out ?? `the-dai-bieu-${congress.code}.docx`;
    writeFileSync(out, await delegateCards(delegates, { congressName: congress.name }));
    console.log(say({ vi: `${out}: ${delegates.length} thẻ đại biểu có mã QR (${congress.code})`, en: `${out}: ${delegates.length} delegate cards with a QR code (${congress.code})` }));
    return 0;
  }
  const { values: v } = args(sub, rest, {
    congress: { type: 'string' }, delegate: { type: 'string' }, confirm: { type: 'boolean', default: false }, excuse: { type: 'string' }, replace: { type: 'string' },
    'alt-code': { type: 'string' }, 'alt-name': { type: 'string' }, 'alt-sex': { type: 'string' }, 'alt-born': { type: 'string' }, 'alt-unit': { type: 'string' },
  }, ['congress', 'delegate']);
  const chosen = [v.confirm, v.excuse !== undefined, v.replace !== undefined].filter(Boolean).length;
  if (chosen !== 1) {
    throw new AppError('invalid', { vi: 'congress review: chọn đúng một trong --confirm, --excuse LÝ_DO, --replace LÝ_DO', en: 'congress review: choose exactly one of --confirm, --excuse REASON, --replace REASON' });
  }
  const review = v.confirm ? { decision: 'confirm' as const }
    : v.excuse !== undefined ? { decision: 'excuse' as const, reason: v.excuse }
      : {
        decision: 'replace' as const, reason: v.replace!,
        alternate: { code: v['alt-code'] ?? '', name: v['alt-name'] ?? '', sex: v['alt-sex'] as 'Nam', birthYear: Number(v['alt-born']), ...(v['alt-unit'] ? { unit: v['alt-unit'] } : {}) },
      };
  const r = await execute(db, CLI, reviewCredential, { congress: v.congress!, delegate: v.delegate!, review });
  const d = r.delegate;
  const alternate = `${r.alternate?.code} ${r.alternate?.name} (${d.statusReason})`;
  const word = d.status === 'confirmed' ? { vi: 'hợp lệ', en: 'confirmed' } : d.status === 'excused' ? { vi: `vắng có lý do (${d.statusReason})`, en: `excused (${d.statusReason})` } : { vi: `đã thay bằng ${alternate}`, en: `replaced by ${alternate}` };
  console.log(say({ vi: `Thẩm tra tư cách ${r.congress}: ${d.code} ${d.name} — ${word.vi}`, en: `Credential review of ${r.congress}: ${d.code} ${d.name} — ${word.en}` }));
  return 0;
}

/**
 * `congress codes --congress C [D001 D002 …] [--csv FILE] [--cards FILE.docx]`: new one-time sign-in codes
 * for every convened delegate, or for those named (a lost card), through the same command as the web's
 * button (the old codes stop working, their sessions end). The codes exist in clear only in this answer:
 * printed here, or written to a CSV sheet (readable by its owner only) and/or onto the delegate cards.
 */
async function codesCommand(db: Db, rest: string[]): Promise<number> {
  const { values: v, positionals } = args('codes', rest, { congress: { type: 'string' }, csv: { type: 'string' }, cards: { type: 'string' } }, ['congress']);
  const issued = await execute(db, CLI, issueSignInCodes, { congress: v.congress!, ...(positionals.length ? { delegates: positionals } : {}) });
  if (v.csv) writeFileSync(v.csv, signInCodesCsv(issued.codes), { mode: 0o600 });
  if (v.cards) {
    const congress = await getCongressByCode(db, issued.congress);
    const byCode = signInCodesByDelegate(issued);
    const delegates = (await hallDelegates(db, congress.id, issued.codes.map((c) => c.delegate))).map((d) => ({ ...d, signInCode: byCode.get(d.code) }));
    const { delegateCards } = await import('../reports/delegate-cards.ts');
    writeFileSync(v.cards, await delegateCards(delegates, { congressName: congress.name }));
  }
  if (!v.csv && !v.cards) {
    // Tab-separated, one delegate a line: readable on the terminal, and pasted into a sheet as columns.
    console.log(['ma_dai_bieu', 'ho_ten', 'don_vi', 'ma_dang_nhap'].join('\t'));
    for (const c of issued.codes) console.log([c.delegate, c.name, c.unit, c.signInCode].join('\t'));
  }
  const where = (file: string, cards: string) => [v.csv && `${file} ${v.csv}`, v.cards && `${cards} ${v.cards}`].filter(Boolean).join(', ');
  const whereVi = where('tệp', 'thẻ đại biểu');
  const whereEn = where('file', 'delegate cards');
  console.log(say({
    vi: `Đã cấp ${issued.codes.length} mã đăng nhập một lần (${issued.congress})${whereVi ? `: ${whereVi}` : ''}; mã cũ của các đại biểu này hết hiệu lực. Mã chỉ hiện một lần, máy chủ không giữ bản rõ.`,
    en: `${issued.codes.length} one-time sign-in codes issued (${issued.congress})${whereEn ? `: ${whereEn}` : ''}; these delegates' old codes no longer work. The codes are shown once; the server keeps no clear copy.`,
  }));
  return 0;
}
