// The command line's language: a terminal sends no Accept-Language, so HAIDANG_LANG=en asks for English; Vietnamese otherwise.
// Plain JavaScript (types in language.d.ts): `npm start`'s parent (supervise.js) runs without a TypeScript loader and speaks it too.

/** `en`, `en_GB.UTF-8`, `EN` read English; unset or anything else reads Vietnamese, the interface's first language. */
export const cliLanguage = (env = process.env) => (env.HAIDANG_LANG?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi');

/** A line the command line prints, in the language asked for. */
export const say = (text, lang = cliLanguage()) => text[lang];

/** An error's one line: its text in the language asked for when the thrower wrote both, else its message as written. */
export const errorText = (err, lang = cliLanguage()) => (err.text ? err.text[lang] : err.message);
