// The e-mail of a reminder (đôn đốc): to a unit behind with a period's report, or to the lead unit of a
// task overdue or due soon. Subject and plain text in Vietnamese, as a Văn phòng would write it; one
// frame (greeting, the facts, the request, the note, the link, the signature), two subjects; the app's
// banner, the task's timeline and the .docx letter say the same.
import { formatDateVi } from './format.ts';

interface Addressee {
  unitName: string;
  personName: string;
  today: string;
  note: string;
}

export interface ReminderMailInput extends Addressee {
  periodTitle: string;
  dueOn: string;
  /** The address of the unit's report in the app, when the server knows its public address. */
  link: string | null;
}

export interface TaskReminderMailInput extends Addressee {
  taskTitle: string;
  /** The deadline in force (after any extension). */
  deadline: string;
  /** The address of the task in the app, when the server knows its public address. */
  link: string | null;
}

function mail(x: Addressee, subject: string, facts: string, request: string, link: string | null): { subject: string; body: string } {
  const lines = [
    `Kính gửi đồng chí ${x.personName} (${x.unitName}),`,
    '',
    facts,
    request,
    ...(x.note ? ['', `Ghi chú của Văn phòng: ${x.note}`] : []),
    ...(link ? ['', link] : []),
    '',
    'Văn phòng',
    '',
    '(Thư gửi tự động từ hệ thống Hải Đăng; xin không trả lời thư này.)',
  ];
  return { subject: `[Hải Đăng] ${subject} — ${x.unitName}`, body: lines.join('\n') };
}

export function reminderMail(x: ReminderMailInput): { subject: string; body: string } {
  const late = x.today > x.dueOn;
  return mail(
    x,
    `Đôn đốc gửi ${lowerFirst(x.periodTitle)}`,
    late
      ? `Đến ngày ${formatDateVi(x.today)}, Văn phòng chưa nhận được ${lowerFirst(x.periodTitle)} của đơn vị; hạn gửi là ngày ${formatDateVi(x.dueOn)}.`
      : `Hạn gửi ${lowerFirst(x.periodTitle)} là ngày ${formatDateVi(x.dueOn)}; đến ngày ${formatDateVi(x.today)} đơn vị chưa gửi báo cáo.`,
    'Đề nghị đồng chí chỉ đạo hoàn thành và gửi báo cáo trên hệ thống Hải Đăng trong thời gian sớm nhất.',
    x.link ? `Báo cáo của đơn vị: ${x.link}` : null,
  );
}

/** A task the unit leads, overdue or due soon as of today. */
export function taskReminderMail(x: TaskReminderMailInput): { subject: string; body: string } {
  const late = x.today > x.deadline;
  return mail(
    x,
    `Đôn đốc thực hiện nhiệm vụ ${late ? 'quá hạn' : 'sắp đến hạn'}`,
    late
      ? `Nhiệm vụ «${x.taskTitle}» do đơn vị chủ trì có thời hạn hoàn thành ngày ${formatDateVi(x.deadline)}; đến ngày ${formatDateVi(x.today)} nhiệm vụ chưa hoàn thành.`
      : `Nhiệm vụ «${x.taskTitle}» do đơn vị chủ trì có thời hạn hoàn thành ngày ${formatDateVi(x.deadline)}, sắp đến hạn.`,
    'Đề nghị đồng chí chỉ đạo khẩn trương hoàn thành, báo cáo kết quả trên hệ thống Hải Đăng; trường hợp cần gia hạn, đề nghị gửi yêu cầu gia hạn kèm lý do.',
    x.link ? `Nhiệm vụ trên hệ thống: ${x.link}` : null,
  );
}

// "Báo cáo quý IV/2025" reads "báo cáo quý IV/2025" inside a sentence; a proper name stays as it is.
function lowerFirst(s: string): string {
  return /^Báo cáo\b/u.test(s) ? 'b' + s.slice(1) : s;
}
