// The command line's language by HAIDANG_LANG, and an error's one line in it.
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.ts';
import { cliLanguage, errorText, say } from './language.js';

describe('cliLanguage', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['vi', 'vi'],
    ['vi_VN.UTF-8', 'vi'],
    ['fr', 'vi'],
    ['en', 'en'],
    [' EN ', 'en'],
    ['en_GB.UTF-8', 'en'],
  ] as const)('HAIDANG_LANG=%j reads %s', (value, lang) => {
    expect(cliLanguage(value === undefined ? {} : { HAIDANG_LANG: value })).toBe(lang);
  });
});

describe('say and errorText', () => {
  const both = { vi: 'đã khôi phục', en: 'restored' };
  it.each([
    ['vi', 'đã khôi phục', 'restore: cơ sở dữ liệu đích không trống'],
    ['en', 'restored', 'restore: the target database is not empty'],
  ] as const)('in %s, one language a line', (lang, line, error) => {
    expect(say(both, lang)).toBe(line);
    expect(errorText(new AppError('conflict', { vi: 'restore: cơ sở dữ liệu đích không trống', en: 'restore: the target database is not empty' }), lang)).toBe(error);
  });

  it('prints a message written in one language as it is, whatever the language', () => {
    expect(errorText(new AppError('invalid', 'usage: haidang backup FILE'), 'vi')).toBe('usage: haidang backup FILE');
    expect(errorText(new Error('boom'), 'en')).toBe('boom');
  });
});
