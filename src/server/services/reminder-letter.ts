// The frame of a công văn đôn đốc (heading, symbol, Nơi nhận, signer), one for the letter of a
// period's late reports and the letter of overdue or due-soon tasks.
import type { Unit } from '../../domain/unit.ts';
import { issuerOf } from './review.ts';

export function reminderLetterFrame(units: readonly Unit[], date: string) {
  const { issuer, place } = issuerOf(units);
  const party = issuer.kind === 'party';
  return {
    issuer, place, date, number: null, symbolSuffix: party ? 'CV/TU' : 'UBND-VP',
    recipients: ['Như trên', 'Thường trực Thành ủy (để báo cáo)', 'Lưu Văn phòng'],
    signer: { role: party ? 'T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG' : 'T/L CHỦ TỊCH\nCHÁNH VĂN PHÒNG', name: null },
  };
}
