// The e-mail of a reminder (đôn đốc) to a unit behind with a period's report: its subject and plain
// text in Vietnamese, as a Văn phòng would write it; the app's banner and the .docx letter say the same.
import { formatDateVi } from './format.ts';

export interface ReminderMailInput {
  unitName: string;
  personName: string;
  periodTitle: string;
  dueOn: string;
  today: string;
  note: string;
  /** The address of the unit's report in the app, when the server knows its public address. */
  link: string | null;
}

export function reminderMail(x: ReminderMailInput): { subject: string; body: string } {
  const late = x.today > x.dueOn;
  const subject = `[Hải Đăng] Đôn đốc gửi ${lowerFirst(x.periodTitle)} — ${x.unitName}`;
  const lines = [
    `Kính gửi đồng chí ${x.personName} (${x.unitName}),`,
    '',
    late
      ? `Đến ngày ${formatDateVi(x.today)}, Văn phòng chưa nhận được ${lowerFirst(x.periodTitle)} của đơn vị; hạn gửi là ngày ${formatDateVi(x.dueOn)}.`
      : `Hạn gửi ${lowerFirst(x.periodTitle)} là ngày ${formatDateVi(x.dueOn)}; đến ngày ${formatDateVi(x.today)} đơn vị chưa gửi báo cáo.`,
    'Đề nghị đồng chí chỉ đạo hoàn thành và gửi báo cáo trên hệ thống Hải Đăng trong thời gian sớm nhất.',
    ...(x.note ? ['', `Ghi chú của Văn phòng: ${x.note}`] : []),
    ...(x.link ? ['', `Báo cáo của đơn vị: ${x.link}`] : []),
    '',
    'Văn phòng',
    '',
    '(Thư gửi tự động từ hệ thống Hải Đăng; xin không trả lời thư này.)',
  ];
  return { subject, body: lines.join('\n') };
}

// "Báo cáo quý IV/2025" reads "báo cáo quý IV/2025" inside a sentence; a proper name stays as it is.
function lowerFirst(s: string): string {
  return /^Báo cáo\b/u.test(s) ? 'b' + s.slice(1) : s;
}
