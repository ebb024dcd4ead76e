// Plans written as items with fields: the item's text on one line, its lead unit and time limit on lines below it.
//
//   b) Lập, trình phê duyệt Chương trình phát triển đô thị tỉnh giai đoạn 2025 - 2030.
//   - Cơ quan chủ trì: Sở Xây dựng; cơ quan phối hợp: Sở Tài chính.
//   - Thời gian hoàn thành: Quý III/2025.
import type { Sentence } from './sentences.ts';

// The labels of an item's time limit ("Thời gian hoàn thành:", "Thời hạn:", "Tiến độ:"); deadlines.ts reads the limit.
export const TIME_LABEL = 'thời\\s+gian|thời\\s+hạn|tiến\\s+độ';
// A field line of an item: who leads, who helps, when, what it yields, what it costs.
const FIELD_LINE = new RegExp(`^[\\s\\-–•*+]*(?:(?:cơ\\s+quan|đơn\\s+vị)\\s+(?:chủ\\s+trì|phối\\s+hợp|thực\\s+hiện)|chủ\\s+trì|phối\\s+hợp|${TIME_LABEL}|sản\\s+phẩm|kinh\\s+phí|nguồn\\s+vốn)(?:\\s+[\\p{L}]+){0,3}\\s*:`, 'iu');
// "Cơ quan chủ trì: Sở Tài chính; cơ quan phối hợp: …" → "Sở Tài chính".
const LEAD_FIELD = /(?:cơ\s+quan|đơn\s+vị)\s+chủ\s+trì(?:\s+thực\s+hiện)?\s*:\s*(?<owner>[^;.\n]+)/iu;
// How many lines above the time limit the item may stand (its fields between).
const ITEM_REACH = 5;

export interface FieldItem {
  /** The item's text, with its marker ("a)", "2.1.", "-"). */
  text: string;
  start: number;
  owner: string | null;
}

/** The item whose field line holds sentence `at` (sentences in order), with the lead unit its fields name. */
export function itemOfField(text: string, sentences: Sentence[], at: number): FieldItem | null {
  const fieldPara = sentences[at]?.para;
  if (fieldPara === undefined) return null;
  let owner: string | null = null;
  const ownerIn = (s: Sentence) => {
    const m = LEAD_FIELD.exec(text.slice(s.start, s.end));
    if (m?.groups?.owner) owner ??= m.groups.owner.trim();
  };
  ownerIn(sentences[at] as Sentence);
  for (let i = at - 1; i >= 0; i--) {
    const s = sentences[i] as Sentence;
    if (fieldPara - s.para > ITEM_REACH) break;
    const line = text.slice(s.start, s.end);
    if (s.heading) return null;
    if (FIELD_LINE.test(line)) {
      ownerIn(s);
      continue;
    }
    // The item is the whole paragraph the sentence belongs to, from its first sentence.
    let first = i;
    while (first > 0 && sentences[first - 1]?.para === s.para) first--;
    const start = sentences[first]?.start ?? s.start;
    return { text: text.slice(start, s.end), start, owner };
  }
  return null;
}
