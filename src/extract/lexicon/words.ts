// The reader's small vocabulary, as data: each list says what its words do. Read by facts, clauses and tasks;
// a cue word is added here once, not spelt again in a second regular expression.

/**
 * Words that may open the clause after a figure and go on with the same subject ("…, tăng 15%", "…, đạt 140%
 * kế hoạch", "; ước cả năm đạt …"). A clause that opens with any other word names a subject of its own
 * ("…, ngành xây dựng tăng 7,34%", "…, nhập khẩu 25,58 tỷ USD", "…, hỗ trợ … cho 25 hộ").
 */
export const SAME_SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  // change and level
  'tăng', 'giảm', 'đạt', 'bằng', 'vượt', 'chiếm', 'tương', 'cao', 'thấp', 'gấp', 'lên', 'xuống', 'còn', 'mới', 'chỉ',
  // estimate, approximation, comparison
  'ước', 'dự', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'xấp', 'so', 'với', 'cùng', 'bình', 'là', 'và', 'nhưng', 'song',
  // period words that open an estimate ("; cả năm ước đạt …", "; quý II tăng …")
  'cả', 'năm', 'quý', 'tháng', 'lũy', 'luỹ', 'tính', 'đến', 'tới', 'hết', 'nay', 'sau',
  // a figure in brackets restating the one before ("(tương ứng …)", "(đạt …)")
  'tức',
  // intent about the same figure ("…, phấn đấu đạt 14%/năm")
  'phấn',
]);

/**
 * After a semicolon the subject goes on only in an estimate or a period of the same figure ("; ước cả năm đạt
 * 34,04 tỷ USD", "; quý II tăng 7,1%"); "; đến 2030, trên 80% dân số …" opens an item of its own.
 */
export const SAME_SUBJECT_AFTER_SEMICOLON: ReadonlySet<string> = new Set(['ước', 'dự', 'cả', 'năm', 'quý', 'tháng', 'lũy', 'luỹ']);

/**
 * Verbs of level or change that, right after a period opening an item ("; đến năm 2030 đạt 35 tỷ đồng"), say the item
 * has no subject of its own and goes on with the one before.
 */
export const LEVEL_VERBS: ReadonlyArray<string> = ['đạt', 'tăng', 'giảm', 'còn', 'là', 'lên', 'xuống'];

/** Words that open a part of what was said before ("trong đó", "riêng"): its figures have their own subject. */
export const PART_OPENERS: ReadonlyArray<string> = ['trong đó', 'riêng', 'gồm', 'bao gồm'];

/** Nouns after a count that make it no amount: "6 rõ" (the six clears of a task), "3 không". */
export const NOT_COUNTED: ReadonlySet<string> = new Set(['rõ', 'không', 'đúng', 'cùng', 'tốt', 'chữ']);

/** A phrase list as a regular-expression alternation: words separated by any run of spaces, longest first. */
export function alternation(phrases: ReadonlyArray<string>): string {
  return [...phrases].sort((a, b) => b.length - a.length).map((p) => p.trim().split(/\s+/u).join('\\s+')).join('|');
}

/** Actual or target (kind.ts). Words of intent: a figure after them is a target ("phấn đấu đạt 14%"). */
export const TARGET_CUES: ReadonlyArray<string> = [
  'phấn đấu', 'mục tiêu', 'chỉ tiêu', 'định hướng', 'phải đạt', 'cần đạt',
  // "Tỉnh đang dồn sức để năm 2025 … vượt mốc 100.000 tỷ đồng": effort toward a figure not yet reached.
  'dồn sức',
];

/** Before a cue, a verb that says the target was met or compared with: the figure is actual ("đạt 110% chỉ tiêu"). */
export const TARGET_MET_VERBS: ReadonlyArray<string> = ['vượt', 'đạt', 'hoàn thành', 'so với', 'thực hiện', 'bằng'];

/** Before such a verb, a negation: the target was not met and stays one ("chưa đạt mục tiêu 5.200 USD"). */
export const NEGATIONS: ReadonlyArray<string> = ['chưa', 'không', 'khó'];
/** The verbs a negation turns ("chưa chạm mục tiêu 10%"). */
export const TARGET_REACH_VERBS: ReadonlyArray<string> = ['đạt', 'hoàn thành', 'thực hiện', 'chạm', 'chạm tới', 'chạm đến'];

/**
 * After a cue, words that make the targets the subject of a report, not of intent ("một số chỉ tiêu chưa đạt kế
 * hoạch:", "13/15 chỉ tiêu chủ yếu đạt và vượt kế hoạch").
 */
export const TARGETS_REPORTED_AFTER: ReadonlyArray<string> = ['chưa', 'không', 'đều', 'đã', 'cơ bản', 'đạt và vượt', 'đạt, vượt', 'đạt hoặc vượt', 'vượt'];
/** Words that may stand between the cue and those report words ("chỉ tiêu chủ yếu đạt …"). */
export const TARGET_QUALIFIERS: ReadonlyArray<string> = ['chủ yếu', 'đề ra', 'kinh tế - xã hội', 'chủ yếu đề ra'];

/** Verbs that open a directive (wording.ts): a comma segment that starts with one opens a step of its own. */
export const DIRECTIVE_VERBS: ReadonlyArray<string> = [
  'hoàn thành', 'hoàn thiện', 'xây dựng', 'triển khai', 'tổ chức', 'ban hành', 'trình', 'lập', 'thành lập', 'rà soát', 'tập trung',
  'khẩn trương', 'phấn đấu', 'đẩy nhanh', 'đẩy mạnh', 'nghiên cứu', 'đề xuất', 'báo cáo', 'chuẩn bị', 'kiện toàn', 'sắp xếp',
  'giải ngân', 'khởi công', 'đưa', 'thực hiện', 'bảo đảm', 'đảm bảo', 'tiếp tục', 'chỉ đạo', 'lãnh đạo', 'giao', 'kiểm tra', 'tổng kết',
  'sơ kết', 'phê duyệt', 'điều chỉnh', 'sửa đổi', 'bổ sung', 'hướng dẫn', 'tham mưu', 'xử lý', 'giải quyết', 'cải tạo', 'nâng cấp',
  'đầu tư', 'di dời', 'bàn giao', 'khắc phục', 'công bố', 'ký', 'phát động', 'vận hành', 'dự kiến', 'hoàn tất', 'tổng hợp', 'thẩm định',
  'phối hợp', 'theo dõi', 'lựa chọn', 'thu hồi', 'quyết toán', 'đôn đốc', 'xóa', 'chấm dứt', 'cơ bản', 'tăng cường', 'ưu tiên', 'nâng cao',
  'phát triển', 'chủ động', 'kịp thời',
  // Learnt on blind batch 5: "Sở Nội vụ chủ trì đánh giá mô hình …", "vận động ủng hộ Quỹ …".
  'đánh giá', 'vận động', 'hỗ trợ', 'bố trí', 'phân bổ', 'điều chuyển', 'cập nhật', 'tuyên truyền', 'quán triệt', 'giám sát', 'huy động',
];

/**
 * Kinds of unit that a comma may list after a unit's name without a head word of their own (owner.ts): "Ủy ban
 * nhân dân các xã, phường", "các sở, ban, ngành".
 */
export const UNIT_KINDS: ReadonlyArray<string> = ['xã', 'phường', 'thị trấn', 'đặc khu', 'sở', 'ban, ngành', 'ngành', 'huyện', 'thị xã', 'quận', 'địa phương', 'đơn vị', 'cơ quan', 'đoàn thể'];

/** Growth named without saying of what (facts.ts): it is the growth the paragraph spoke of last ("mức tăng mới là 8,86%"). */
export const GENERIC_GROWTH: ReadonlyArray<string> = ['mức tăng', 'mức tăng trưởng', 'tốc độ tăng', 'tốc độ tăng trưởng', 'đà tăng'];

/**
 * Words that, right after a gapped wording ("xuất khẩu … kim ngạch"), name its last noun as something else
 * (indicators.ts): "… kim ngạch nhập khẩu" is imports, whatever stood before the gap.
 */
export const GAP_END_QUALIFIERS: ReadonlyArray<string> = ['nhập', 'xuất', 'hàng'];
