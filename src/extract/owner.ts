// The unit charged with a directive: "giao Văn phòng Thành ủy chủ trì…", "đề nghị Sở Tài chính…", "Sở X chủ trì…".
import { boundaryMatches } from './scan.ts';
import { UNIT_KINDS, alternation } from './lexicon/words.ts';

// Words that open the name of a unit or an office holder (longest first: "Ban cán sự đảng" before "Ban").
const HEADS = ('Văn phòng|Ban cán sự đảng|Ban cán sự|Ban|Sở|Ủy ban|Uỷ ban|UBND|Đảng ủy|Đảng uỷ|Đảng đoàn|Công an|Bộ|Thành ủy|' +
  'Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Hội đồng|HĐND|MTTQ|Mặt trận|Thành đoàn|Tỉnh đoàn|Cục|Chi cục|Trung tâm|' +
  'Kho bạc|Ngân hàng|Liên đoàn|Hội|Viện|Trường|Bệnh viện|Báo|Đài|Tổng công ty|Công ty|Chủ tịch|Phó Chủ tịch|Giám đốc|' +
  'Bí thư|Thủ trưởng|Cơ quan|các sở|các cơ quan|các địa phương|Các sở|Các cơ quan|Các địa phương|Các chủ đầu tư|các chủ đầu tư|' +
  'Chủ đầu tư|Các cấp ủy|các cấp ủy|Các cấp ủy|Các xã|Các huyện|Các đơn vị|Các ban')
  .split('|')
  .sort((a, b) => b.length - a.length);

const HEADS_BY_FIRST = new Map<string, string[]>();
for (const h of HEADS) HEADS_BY_FIRST.set(h[0] ?? '', [...(HEADS_BY_FIRST.get(h[0] ?? '') ?? []), h]);

// Lower-case words that end a unit's name: verbs and linking words ("Sở Tài chính chủ trì", "Công an tỉnh chỉ đạo").
const STOP = new Set(
  ('chủ phối chỉ khẩn tham hoàn rà triển nghiên báo trình theo đôn thực tập tiếp mở xây đẩy khắc sớm kịp có để trước ' +
    'trong làm lập ban tổ xử giải cập đề kiểm bố thẩm hướng phê chuẩn quán sửa bổ điều đánh tổng sơ được sẽ cần phải với ' +
    'về cho tại khi nhằm bảo đảm tăng nâng phát chịu quyết lãnh').split(' '),
);

// Words of STOP after a name that do not make the name the one who acts ("Sở X với …", "UBND tỉnh về …").
const NOT_ACTING = new Set('có để trong với về cho tại khi nhằm được theo trước'.split(' '));

// The boundary before it is tested by boundaryMatches (scan.ts): a leading lookbehind makes V8 try every offset.
const TRIGGER = /(?:giao(?:\s+cho)?|đề\s+nghị|yêu\s+cầu)\s+/giu;
const LEAD = /^.{0,120}?(?<![\p{L}\p{N}])(?:yêu\s+cầu|đề\s+nghị|(?<!ban\s)chỉ\s+đạo|(?<!báo\s)kết\s+luận(?!\s+(?:số|này))|nhấn\s+mạnh)(?![\p{L}\p{N}])\s*/iu;

// ", phường", ", ban, ngành": more kinds of unit listed after a name.
const listed = new RegExp(`,\\s+(?:${alternation(UNIT_KINDS)})(?![\\p{L}\\p{N}])`, 'uy');

/** The unit's name starting at `at`, if a head word opens it: its end offset, or -1. */
export function nameAt(text: string, at: number): number {
  // Heads are grouped by their first letter: this runs at every place a directive may name its owner.
  const head = (HEADS_BY_FIRST.get(text[at] ?? '') ?? []).find((h) => text.startsWith(h, at) && !/[\p{L}\p{N}]/u.test(text[at + h.length] ?? ''));
  if (!head) return -1;
  let end = at + head.length;
  const word = /\s+([\p{L}]+)/uy;
  for (let n = 0; n < 10; n++) {
    listed.lastIndex = end;
    const more = listed.exec(text);
    if (more) {
      end = listed.lastIndex;
      continue;
    }
    word.lastIndex = end;
    const m = word.exec(text);
    const w = m?.[1];
    if (!m || !w) break;
    const capital = /^\p{Lu}/u.test(w);
    if (!capital && STOP.has(w.toLowerCase())) break;
    // "và" joins two names only when a capitalised word follows ("Ban Tuyên giáo và Dân vận").
    if (w === 'và' && !/^\s+\p{Lu}/u.test(text.slice(word.lastIndex, word.lastIndex + 3))) break;
    end = word.lastIndex;
  }
  return end;
}

/** The owner named in a directive, and the directive without the words that named it. */
export function findOwner(text: string): { owner: string | null; rest: string } {
  for (const m of boundaryMatches(TRIGGER, text)) {
    const at = m.index + m[0].length;
    const end = nameAt(text, at);
    if (end < 0) continue;
    const rest = text.slice(end).replace(/^[\s,]*(?:chủ\s+trì[\s,]*)?/u, '');
    return { owner: text.slice(at, end), rest: rest.length > 10 ? rest : text };
  }
  // "Sở Tài chính chủ trì, phối hợp …"
  const lead = text.match(/^\s*/u)?.[0].length ?? 0;
  const end = nameAt(text, lead);
  if (end > 0 && /^\s+chủ\s+trì/u.test(text.slice(end))) {
    const rest = text.slice(end).replace(/^\s+chủ\s+trì[\s,]*(?:phối\s+hợp\s+[^,]*?(?=\s(?:tổ|xây|hoàn|rà|triển|nghiên|tham|lập|báo)))?/u, '');
    return { owner: text.slice(lead, end), rest: rest.length > 10 ? rest.trim() : text };
  }
  // "Sở Du lịch xây dựng chương trình …", "Các chủ đầu tư phải khởi công …": the unit that opens the item and acts.
  if (end > 0) {
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 24))?.[1];
    const rest = text.slice(end).trim();
    if (next && STOP.has(next) && !NOT_ACTING.has(next) && rest.length > 10) return { owner: text.slice(lead, end), rest };
  }
  // "Bí thư … chỉ đạo khẩn trương hoàn thiện…": the speaker before the directive verb is not the owner.
  const l = LEAD.exec(text);
  if (l && text.length - l[0].length > 10) return { owner: null, rest: text.slice(l[0].length) };
  return { owner: null, rest: text };
}
