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

/** Words that open a part of what was said before ("trong đó", "riêng"): its figures have their own subject. */
export const PART_OPENERS: ReadonlyArray<string> = ['trong đó', 'riêng', 'gồm', 'bao gồm'];

/** Nouns after a count that make it no amount: "6 rõ" (the six clears of a task), "3 không". */
export const NOT_COUNTED: ReadonlySet<string> = new Set(['rõ', 'không', 'đúng', 'cùng', 'tốt', 'chữ']);
