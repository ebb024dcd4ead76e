#!/usr/bin/env node
// The `haidang` command: runs the CLI compiled to JavaScript when that copy matches the sources
// (src/cli/compiled.js), else the TypeScript through tsx, so no build step stands between a clone and use.
import { compile, compiledEntry } from '../src/cli/compiled.js';

const args = process.argv.slice(2);
const supervising = args[0] === 'serve' && args.includes('--supervise') && args.slice(1).every((a) => a === '--supervise' || a === '--empty') && !process.env.HAIDANG_SUPERVISED;
if (supervising) {
  // `npm start`'s parent only starts and watches the server: plain JavaScript, without tsx or the
  // module graph (a second or more of every start), which its child loads anyway. Sources changed
  // since the last compile (a pull, an edit) are compiled again first: this start pays a second,
  // the next ones are fast again; if that fails the child runs the TypeScript.
  if (!compiledEntry()) {
    await compile().catch(async (e) => {
      const { say } = await import('../src/cli/language.js');
      const why = e instanceof Error ? e.message : String(e);
      console.error(say({ vi: `haidang: không biên dịch được, chạy bằng tsx: ${why}`, en: `haidang: compile failed, running through tsx: ${why}` }));
    });
  }
  const { supervise } = await import('../src/cli/supervise.js');
  process.exit(await supervise(args.includes('--empty') ? ['--empty'] : []));
} else {
  const entry = compiledEntry();
  if (entry) await import(entry);
  else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../src/cli/main.ts');
  }
}
