// The sign-in code printed on a delegate's card: easy to read aloud and type on a phone, hard to guess.

/** Crockford's base32 without I, L, O, U: no 0/O or 1/I/L mix-up when typed from paper. */
export const SIGNIN_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 12 characters of 32: 60 bits, beyond reach of guessing behind the sign-in throttle. */
export const SIGNIN_LENGTH = 12;

/** `K7Q2-MX9D-4TRA` from its twelve characters, in groups of four as the card prints it. */
export const formatSignInCode = (raw: string): string => raw.match(/.{1,4}/gu)?.join('-') ?? raw;

/**
 * What a person typed, made comparable: upper case, spaces and dashes gone, and the letters people
 * confuse with digits read as the digits (O→0, I/L→1), as Crockford's alphabet intends. Null when it
 * cannot be a code, so it is refused before anything is looked up.
 */
export function normaliseSignInCode(typed: string): string | null {
  const s = typed.toUpperCase().replace(/[\s-]/gu, '').replace(/O/gu, '0').replace(/[IL]/gu, '1');
  if (s.length !== SIGNIN_LENGTH) return null;
  for (const ch of s) if (!SIGNIN_ALPHABET.includes(ch)) return null;
  return s;
}

/**
 * The delegate's sign-in page with the congress's and the delegate's codes filled in, for a QR code on
 * the card: scanned with the phone's camera, only the sign-in code is left to type.
 */
export const delegateSignInPath = (congress: string, delegate: string) => `/dai-bieu?dh=${encodeURIComponent(congress)}&db=${encodeURIComponent(delegate)}`;

/** A cell of a CSV sheet, quoted when it holds a separator, a quote or a line break. */
const csvCell = (v: string) => (/[",;\n\r]/u.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/**
 * The issued codes as the sheet the secretariat hands out (`ma_dai_bieu, ho_ten, don_vi, ma_dang_nhap`):
 * UTF-8 with a BOM so that Excel reads the diacritics, CRLF lines. Made where the codes are shown (the
 * browser, the command line): the server keeps no copy.
 */
export function signInCodesCsv(codes: readonly { delegate: string; name: string; unit: string; signInCode: string }[]): string {
  const lines = [['ma_dai_bieu', 'ho_ten', 'don_vi', 'ma_dang_nhap'], ...codes.map((c) => [c.delegate, c.name, c.unit, c.signInCode])];
  return '\uFEFF' + lines.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
