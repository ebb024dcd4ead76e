// The command line's language: a terminal sends no Accept-Language, so HAIDANG_LANG=en asks for English; Vietnamese otherwise.
import type { Bilingual } from '../domain/errors.ts';

export type CliLanguage = 'vi' | 'en';

/** `en`, `en_GB.UTF-8`, `EN` read English; unset or anything else reads Vietnamese, the interface's first language. */
export const cliLanguage = (env: NodeJS.ProcessEnv = process.env): CliLanguage => (env.HAIDANG_LANG?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi');

/** A line the command line prints, in the language asked for. */
export const say = (text: Bilingual, lang: CliLanguage = cliLanguage()): string => text[lang];

/** An error's one line: its text in the language asked for when the thrower wrote both, else its message as written. */
export const errorText = (err: { message: string; text?: Bilingual | null }, lang: CliLanguage = cliLanguage()): string => (err.text ? err.text[lang] : err.message);
