// The unit charged with a directive: "giao Văn phòng Thành ủy chủ trì…", "đề nghị Sở Tài chính…", "UBND tỉnh chủ trì…".

// Words that open the name of a unit or an office holder.
const HEADS = 'Văn phòng|Ban|Sở|Ủy ban|Uỷ ban|UBND|Đảng ủy|Đảng uỷ|Đảng đoàn|Ban cán sự|Công an|Bộ|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Hội đồng|HĐND|MTTQ|Mặt trận|Thành đoàn|Tỉnh đoàn|Cục|Chi cục|Trung tâm|Kho bạc|Ngân hàng|Liên đoàn|Hội|Viện|Trường|Bệnh viện|Báo|Đài|Tổng công ty|Công ty|Chủ tịch|Phó Chủ tịch|Giám đốc|Bí thư|Thủ trưởng|Cơ quan|các sở|các cơ quan|các địa phương';
// Example: "giao Văn phòng Thành ủy chủ trì, phối hợp…", "đề nghị Sở Kế hoạch và Đầu tư khẩn trương…"
const AFTER_VERB = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:giao(?:\\s+cho)?|đề\\s+nghị|yêu\\s+cầu)\\s+(?<owner>(?:${HEADS})(?:\\s+(?:[\\p{Lu}][\\p{L}]*|và|các|cấp|tỉnh|thành\\s+phố|huyện|xã|nhân\\s+dân|ngành|sở|\\p{Lu}+)){0,10})`,
  'u',
);
// Example: "Sở Tài chính chủ trì, phối hợp…"
const BEFORE_LEAD = new RegExp(`^(?<owner>(?:${HEADS})(?:\\s+(?:[\\p{Lu}][\\p{L}]*|và|các|cấp|tỉnh|thành\\s+phố|huyện|xã|\\p{Lu}+)){0,10})\\s+chủ\\s+trì`, 'u');

const TRAILING = /(?:\s+(?:và|các|cấp|tỉnh|thành\s+phố|huyện|xã))+$/u;

/** The owner named in a directive, and the directive without the words that named it. */
export function findOwner(text: string): { owner: string | null; rest: string } {
  const m = AFTER_VERB.exec(text);
  if (m?.groups?.owner) {
    const owner = m.groups.owner.replace(TRAILING, '');
    const rest = text.slice(m.index + m[0].length - (m.groups.owner.length - owner.length)).replace(/^[\s,]*(?:chủ\s+trì[\s,]*)?/u, '');
    return { owner, rest: rest || text };
  }
  const b = BEFORE_LEAD.exec(text);
  if (b?.groups?.owner) return { owner: b.groups.owner.replace(TRAILING, ''), rest: text.slice(b[0].length).replace(/^[\s,]*(?:phối\s+hợp[^,]*,)?/u, '') || text };
  // "Bí thư … chỉ đạo khẩn trương hoàn thiện…": the speaker before the directive verb is not the owner.
  const lead = /^.{0,120}?(?<![\p{L}\p{N}])(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|kết\s+luận|nhấn\s+mạnh)(?![\p{L}\p{N}])\s*/u.exec(text);
  if (lead && text.length - lead[0].length > 10) return { owner: null, rest: text.slice(lead[0].length) };
  return { owner: null, rest: text };
}
