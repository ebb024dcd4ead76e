#!/usr/bin/env node
// The `haidang` command: runs the TypeScript CLI through tsx, so no build step stands between a clone and use.
const args = process.argv.slice(2);
const supervising = args[0] === 'serve' && args.includes('--supervise') && args.slice(1).every((a) => a === '--supervise' || a === '--empty') && !process.env.HAIDANG_SUPERVISED;
if (supervising) {
  // `npm start`'s parent only starts and watches the server: plain JavaScript, without tsx or the
  // module graph (a second or more of every start), which its child loads anyway.
  const { supervise } = await import('../src/cli/supervise.js');
  process.exit(await supervise(args.includes('--empty') ? ['--empty'] : []));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
