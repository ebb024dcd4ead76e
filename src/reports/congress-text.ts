// Section II of the "Thông báo nhanh kết quả Đại hội" in the seed's own words, from the statistics. Pure.
import type { Line, RosterStats } from '../domain/congress/roster.ts';
import { percentVi } from '../domain/congress/percent.ts';

/** Counts as the bulletin prints them: "0", "03", "94", "1.845". */
export function countVi(n: number): string {
  if (n > 0 && n < 10) return `0${n}`;
  return n.toLocaleString('de-DE');
}

const delegates = (n: number) => `${countVi(n)} đại biểu`;
const share = (l: { count: number; percent: number }) => `${delegates(l.count)} (bằng ${percentVi(l.percent)})`;
const lower = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

const KIND_SENTENCES: Record<string, string> = {
  'Đương nhiên': 'Số đại biểu đương nhiên (là Ủy viên Ban Chấp hành)',
  'Chỉ định': 'Số đại biểu được chỉ định tại các đảng bộ trực thuộc',
  'Bầu': 'Số đại biểu được bầu tại các đảng bộ trực thuộc',
  'Dự khuyết chuyển chính thức': 'Số đại biểu dự khuyết chuyển thành đại biểu chính thức',
};

// The seed names the fields of work as "Công tác xây dựng Đảng", "Lĩnh vực kinh tế, doanh nghiệp".
const FIELD_WORDS: Record<string, string> = {
  'Xây dựng Đảng': 'Công tác xây dựng Đảng',
  'Chính quyền, Nhà nước': 'Công tác chính quyền, Nhà nước',
  'MTTQ, đoàn thể': 'Công tác MTTQ, đoàn thể',
  'Kinh tế, doanh nghiệp': 'Lĩnh vực kinh tế, doanh nghiệp',
};

const list = (lines: Line[], label: (l: Line) => string = (l) => l.label) => lines.map((l) => `${label(l)}: ${share(l)}`).join('; ');

export interface BulletinSection { heading: string; paragraphs: string[] }

/**
 * "1.1. Số đại biểu được triệu tập …", "1.2. Số đại biểu dự Đại hội …" and the dashes under it, as
 * section II of 004 words them. Birth years come back as the congress's year minus the age.
 */
export function delegateParagraphs(s: RosterStats, committees: number, year: number): string[] {
  const out: string[] = [`1.1. Số đại biểu được triệu tập: ${delegates(s.convened)}, thuộc ${countVi(committees)} đảng bộ trực thuộc. Trong đó:`];
  for (const k of s.kinds) out.push(`- ${KIND_SENTENCES[k.label] ?? k.label}: ${delegates(k.count)}.`);
  const absentPercent = s.convened > 0 ? Math.round((100 - s.attendedPercent) * 10) / 10 : 0;
  out.push(`1.2. Số đại biểu dự Đại hội: ${share({ count: s.attended, percent: s.attendedPercent })}; số đại biểu không tham dự: ${share({ count: s.absent, percent: absentPercent })}. Trong đó:`);
  const b = s.breakdowns;
  const [male, female] = b.gender;
  out.push(`- Về giới tính: Nam: ${share(male!)}, nữ: ${share(female!)}.`);
  let age = `- Về độ tuổi: ${b.age.map((l, i) => `${i === 0 ? l.label : lower(l.label)} có ${share(l)}`).join('; ')}.`;
  const person = (p: NonNullable<RosterStats['oldest']>) => `${p.age} tuổi, thuộc ${p.unit} (đ/c ${p.name}, sinh năm ${year - p.age})`;
  if (s.oldest && s.youngest) age += ` Đại biểu cao tuổi nhất là ${person(s.oldest)}; đại biểu ít tuổi nhất là ${person(s.youngest)}.`;
  out.push(age);
  const titles = s.academicTitles.map((t) => `${countVi(t.count)} đại biểu là ${t.label}`).join(', ');
  const professional = b.professional
    .map((l) => (l.label === 'Tiến sĩ' && titles ? `${l.label}: ${delegates(l.count)} (bằng ${percentVi(l.percent)}, trong đó có ${titles})` : `${l.label}: ${share(l)}`))
    .join('; ');
  out.push(`- Về trình độ học vấn: (1) Giáo dục phổ thông: ${list(b.general)}. (2) Chuyên môn, nghiệp vụ: ${professional}. (3) Lý luận chính trị: ${list(b.theory)}.`);
  out.push(`- Về lĩnh vực công tác: ${list(b.field, (l) => FIELD_WORDS[l.label] ?? l.label)}.`);
  return out;
}
