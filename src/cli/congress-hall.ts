// `haidang congress review|cards`: the credential review and the delegate cards from the command line, as the hall's web page does them.
import { writeFileSync } from 'node:fs';
import type { Db } from '../db/connection.ts';
import { execute } from '../commands/command.ts';
import { reviewCredential } from '../commands/congress-review.ts';
import { getCongressByCode } from '../db/congresses.ts';
import { hallDelegates } from '../db/congress-review.ts';
import { AppError } from '../domain/errors.ts';
import { args, CLI } from './congress.ts';

export async function hallCommand(db: Db, sub: 'review' | 'cards', rest: string[]): Promise<number> {
  if (sub === 'cards') {
    const { values: v } = args(sub, rest, { congress: { type: 'string' }, out: { type: 'string' } }, ['congress']);
    const congress = await getCongressByCode(db, v.congress!);
    const delegates = (await hallDelegates(db, congress.id)).filter((d) => d.status !== 'replaced');
    const { delegateCards } = await import('../reports/delegate-cards.ts');
    const out = v.out ?? `the-dai-bieu-${congress.code}.docx`;
    writeFileSync(out, await delegateCards(delegates, { congressName: congress.name }));
    console.log(`${out}: ${delegates.length} thẻ đại biểu có mã QR (${congress.code})`);
    return 0;
  }
  const { values: v } = args(sub, rest, {
    congress: { type: 'string' }, delegate: { type: 'string' }, confirm: { type: 'boolean', default: false }, excuse: { type: 'string' }, replace: { type: 'string' },
    'alt-code': { type: 'string' }, 'alt-name': { type: 'string' }, 'alt-sex': { type: 'string' }, 'alt-born': { type: 'string' }, 'alt-unit': { type: 'string' },
  }, ['congress', 'delegate']);
  const chosen = [v.confirm, v.excuse !== undefined, v.replace !== undefined].filter(Boolean).length;
  if (chosen !== 1) throw new AppError('invalid', 'congress review: chọn đúng một trong --confirm, --excuse LÝ_DO, --replace LÝ_DO (exactly one decision)');
  const review = v.confirm ? { decision: 'confirm' as const }
    : v.excuse !== undefined ? { decision: 'excuse' as const, reason: v.excuse }
      : {
        decision: 'replace' as const, reason: v.replace!,
        alternate: { code: v['alt-code'] ?? '', name: v['alt-name'] ?? '', sex: v['alt-sex'] as 'Nam', birthYear: Number(v['alt-born']), ...(v['alt-unit'] ? { unit: v['alt-unit'] } : {}) },
      };
  const r = await execute(db, CLI, reviewCredential, { congress: v.congress!, delegate: v.delegate!, review });
  const d = r.delegate;
  const word = d.status === 'confirmed' ? 'hợp lệ' : d.status === 'excused' ? `vắng có lý do (${d.statusReason})` : `đã thay bằng ${r.alternate?.code} ${r.alternate?.name} (${d.statusReason})`;
  console.log(`Thẩm tra tư cách ${r.congress}: ${d.code} ${d.name} — ${word}`);
  return 0;
}
