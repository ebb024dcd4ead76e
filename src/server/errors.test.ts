import { describe, expect, it } from 'vitest';
import { classify } from './errors.ts';

describe('errors the database raises, as the answers people get', () => {
  it.each<[string, Record<string, unknown>, string | null]>([
    ['a duplicate', { code: '23505', constraint: 'units_code_key' }, 'conflict'],
    ['a missing reference', { code: '23503' }, 'invalid'],
    ['a full disk on a PostgreSQL server', { code: '53100' }, 'no_space'],
    ['a full disk under PGlite (ENOSPC)', { code: 'ENOSPC', errno: 28 }, 'no_space'],
    ['a connection killed by the administrator', { code: '57P01' }, 'unavailable'],
    ['anything else', { code: 'XX000' }, null],
  ])('%s', (_name, err, code) => {
    expect(classify(err)?.code ?? null).toBe(code);
  });

  it('says "hết dung lượng đĩa" in words, and in English to a reader who asks for it', () => {
    expect(classify({ code: '53100' })?.message).toMatch(/hết dung lượng đĩa/);
    expect(classify({ code: '53100' })?.text).toEqual({
      vi: 'disk: hết dung lượng đĩa, không ghi được; báo quản trị viên giải phóng ổ đĩa',
      en: 'disk: the disk is full, nothing was written; ask the administrator to free some space',
    });
  });
});
