// Is the text Vietnamese? Proposals are made only from Vietnamese text: the rules read Vietnamese words, and on an
// English page they would find figures that mean nothing ("6 proposals and no warning").

// Letters only Vietnamese spells (with its tone marks), and its most frequent words without them.
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;
const LETTER = /\p{L}/gu;

/** Whether a text of some length reads as Vietnamese: a share of its letters carry Vietnamese marks. */
export function isVietnamese(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  // Too short to judge: a headline, a phrase of a test table.
  if (letters < 120) return true;
  const marked = sample.match(VIETNAMESE_LETTER)?.length ?? 0;
  // Vietnamese prose has about one marked letter in four; a foreign name or two in English stays far below 3%.
  return marked / letters >= 0.03;
}
