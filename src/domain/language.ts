// Whether a text is Vietnamese: the reader only knows Vietnamese wording, and a person pasting an
// English or French report should be told so before trusting its proposals. Vietnamese is told by its
// letters: nearly every other word carries a diacritic or đ; an English text has none, a French one few.

const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

export type TextLanguage = 'vi' | 'other' | 'too_short';

/** Words of letters only; numbers, codes and abbreviations (GRDP, FDI, USD) do not vote. */
const wordsOf = (text: string) => (text.normalize('NFC').match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 2 && w !== w.toUpperCase());

export function textLanguage(text: string): TextLanguage {
  const words = wordsOf(text.slice(0, 200_000));
  if (words.length < 20) return 'too_short';
  const marked = words.filter((w) => VIETNAMESE_LETTER.test(w)).length;
  // Vietnamese prose runs at 50–70 % of words marked; a Vietnamese text typed without accents is not
  // something the reader understands either.
  return marked / words.length >= 0.25 ? 'vi' : 'other';
}
