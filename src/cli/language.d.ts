// Types of language.js (plain JavaScript, so supervise.js can use it without a TypeScript loader).
import type { Bilingual } from '../domain/errors.ts';

export type CliLanguage = 'vi' | 'en';
export declare const cliLanguage: (env?: NodeJS.ProcessEnv) => CliLanguage;
export declare const say: (text: Bilingual, lang?: CliLanguage) => string;
export declare const errorText: (err: { message: string; text?: Bilingual | null }, lang?: CliLanguage) => string;
