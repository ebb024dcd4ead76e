// Which passwords a person may choose, after NIST SP 800-63B (§3.1.1.2): long enough, not one that
// attackers try first, nothing about the account itself — and no composition rules, no expiry.
// "Try first" is zxcvbn's estimate over its shipped lists of common and breached passwords, English
// words and names, keyboard walks, repeats, sequences and dates, plus the words of this service and
// of the account (a Vietnamese office's favourites are not in an English list).
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
/** zxcvbn's score 3: about 10^8 guesses or more, out of reach online and slow under argon2id offline. */
const MIN_SCORE = 3;

/** Words every guesser of this service starts with: its name, the office, the city, "password" in Vietnamese. */
const SERVICE_WORDS = [
  'haidang', 'hai dang', 'hải đăng', 'thanhuy', 'thành ủy', 'thanh uy', 'ubnd', 'vanphong', 'văn phòng',
  'haiphong', 'hải phòng', 'hanoi', 'hà nội', 'vietnam', 'việt nam', 'matkhau', 'mật khẩu', 'anhyeuem', 'emyeuanh',
  'daihoi', 'đại hội', 'dangbo', 'đảng bộ', 'admin', 'quantri', 'quản trị',
];

export type PasswordProblem = 'too_short' | 'too_long' | 'guessable' | 'about_the_account' | 'reused';

let factory: ZxcvbnFactory | undefined;
async function estimator(): Promise<ZxcvbnFactory> {
  // The dictionaries are ~1 MB: loaded once, the first time a password is chosen, not at start.
  if (!factory) {
    const { ZxcvbnFactory } = await import('@zxcvbn-ts/core');
    const common = await import('@zxcvbn-ts/language-common');
    factory = new ZxcvbnFactory({ dictionary: { ...common.dictionary, service: SERVICE_WORDS }, graphs: common.adjacencyGraphs });
  }
  return factory;
}

const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/**
 * What is wrong with a password a person chose, or null. `account` holds the login and the name:
 * a password containing either (with or without diacritics) is refused whatever its length.
 */
export async function passwordProblem(password: string, account: string[] = []): Promise<PasswordProblem | null> {
  // Counted in characters a person typed, not UTF-16 units: "mật khẩu" is 8.
  const length = [...password.normalize('NFC')].length;
  if (length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (length > MAX_PASSWORD_LENGTH) return 'too_long';
  const plain = folded(password).replace(/[^a-z0-9]/g, '');
  // The login and the name whole ("nguyenvana", "tranthibinh"); their single words go to zxcvbn, which
  // counts them as cheap guesses rather than refusing every password with a common syllable.
  const words = account.map((a) => folded(a).replace(/[^a-z0-9]/g, '')).filter((w) => w.length >= 4);
  if (words.some((w) => plain.includes(w))) return 'about_the_account';
  const z = await estimator();
  // Scored on the letters without diacritics too: "Mậtkhẩu2025" is "matkhau2025" to a guesser.
  const inputs = account.flatMap((a) => [a, ...folded(a).split(/[^a-z0-9]+/)]).filter((w) => w.length >= 3);
  const score = Math.min(z.check(password, inputs).score, z.check(folded(password), inputs).score);
  return score < MIN_SCORE ? 'guessable' : null;
}

/** The refusal in the two languages of the interface (the web shows the first, the English switch the second). */
export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, { vi: string; en: string }> = {
  too_short: { vi: `mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`, en: `at least ${MIN_PASSWORD_LENGTH} characters` },
  too_long: { vi: `mật khẩu dài quá ${MAX_PASSWORD_LENGTH} ký tự`, en: `at most ${MAX_PASSWORD_LENGTH} characters` },
  guessable: {
    vi: 'mật khẩu này quá dễ đoán (có trong danh sách mật khẩu phổ biến hoặc đã lộ, hay chỉ là chuỗi lặp, dãy bàn phím, ngày tháng); hãy dùng một câu dài vài từ',
    en: 'this password is too easy to guess (a common or breached password, a repeat, a keyboard walk or a date); use a phrase of a few words',
  },
  reused: { vi: 'không được dùng lại mật khẩu hiện tại hay mật khẩu trước đó', en: 'the current or the previous password may not be used again' },
  about_the_account: { vi: 'mật khẩu không được chứa tên đăng nhập hay họ tên', en: 'the password must not contain the login or the name' },
};
