// Entry of the `haidang` command line: one small function per command; errors end as one line and an exit code.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config.ts';
import { AppError } from '../domain/errors.ts';
import { exportWorkspace, isEmptyWorkspace } from '../db/workspace.ts';
import { verifyAudit, type AuditHead } from '../db/audit.ts';
import { startServer } from '../server/serve.ts';
import { serverContext } from '../server/context.ts';
import { ensureAdministrator, userCommand } from './users.ts';
import { openMigrated } from './open.ts';
import { loadDemo } from './demo.ts';
import { writeOut } from './write-out.ts';
import { ensureWebBuild } from './web-build.ts';
import { execute } from '../commands/command.ts';
import { importWorkspace } from '../commands/workspace.ts';
import { systemActor } from '../domain/user.ts';
import { FolderInUseError } from '../db/folder-lock.ts';
import { takeBackup } from '../db/backup.ts';
import { errorText, say } from './language.js';

/** Exit code when the PGlite data folder is held by another process (the server, usually). */
const EXIT_FOLDER_IN_USE = 4;

// What this process runs, as the data folder's lock file will name it to a second process:
// the command and its subcommand, never the other arguments (logins, names).
let invokedAs = 'haidang';

const USAGE = `haidang — theo dõi thực hiện nghị quyết (Hải Đăng)

  haidang serve [--empty] [--supervise]
                                 start the server (PORT, HOST, DATA_DIR, DATABASE_URL; HAIDANG_EMPTY=1);
                                 --supervise restarts it if it dies (what npm start runs)
  haidang migrate                bring the database schema up to date
  haidang prepare                compile the CLI, build the web app and the copy of an empty PGlite
                                 cluster (npm install runs it)
  haidang demo                   load the demo workspace into an empty database
  haidang export > ws.json       print the whole workspace as JSON
  haidang import < ws.json       load a workspace into an empty database
  haidang extract FILE [--date YYYY-MM-DD] [--json]
                                 propose the figures, targets and tasks of a document
  haidang audit verify [--against FILE | --head SEQ:HASH]
                                 check the keyed hash chain of the audit trail; prints its head
  haidang backup FILE            everything in the database (accounts, audit trail, files …) to FILE
  haidang restore FILE           into an empty DATA_DIR or an empty DATABASE_URL database
  haidang copy-to URL            move everything to an empty PostgreSQL database (from PGlite)
  haidang user add --login L --name N --role R [--unit CODE] | haidang user reset LOGIN
  haidang report --period 2025-Q3 [--unit CODE] [--format docx|xlsx] [--out FILE]
                                 the period's review report as a Word or Excel file
  haidang congress create|roster|checkin|stats|report|season|schedule|held|progress|review|cards|codes …
                                 congresses: roster, check-in, section II statistics, the
                                 grassroots season's progress (see docs/congress.md)

  HAIDANG_LANG=en                messages and errors in English (Vietnamese when unset)`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { empty: { type: 'boolean', default: false }, supervise: { type: 'boolean', default: false } } });
  // `npm start`: a parent that restarts the server if it dies (see supervise.js); the child serves.
  if (values.supervise && !process.env.HAIDANG_SUPERVISED) return (await import('./supervise.js')).supervise(values.empty ? ['--empty'] : []);
  const config = loadConfig();
  // The data folder first: a second server on it refuses before building or touching anything.
  const handle = await openMigrated(config, invokedAs);
  await ensureWebBuild();
  if (!values.empty && !config.empty && (await isEmptyWorkspace(handle.db))) {
    const counts = await loadDemo(handle.db);
    const loaded = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ');
    console.log(say({ vi: `Đã nạp dữ liệu mẫu (demo): ${loaded}`, en: `Demo workspace loaded: ${loaded}` }));
  }
  await ensureAdministrator(handle.db);
  const ctx = serverContext(handle.db, {
    ...(handle.readDb ? { readDb: handle.readDb } : {}),
    session: { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours },
    trustProxy: config.trustProxy,
    backup: () => takeBackup(handle, config.databaseUrl),
    backupKind: handle.kind,
    // nodemailer (half a second of import) only when mail is configured.
    ...(config.smtpUrl ? { mailer: (await import('../server/services/mailer.ts')).createMailer(handle.db, { url: config.smtpUrl, from: config.smtpFrom, publicUrl: config.publicUrl }) } : {}),
  });
  const server = await startServer(ctx, config);
  const where = handle.kind === 'pglite' ? config.dataDir : 'PostgreSQL';
  console.log(say({ vi: `Hải Đăng đang chạy tại ${server.url} (cơ sở dữ liệu: ${where})`, en: `Hải Đăng is running at ${server.url} (database: ${where})` }));
  const stop = async () => {
    try {
      ctx.mailer?.close();
      await server.close();
      await handle.close();
    } finally {
      // Leaves even if closing failed; the exit hook then releases the data folder.
      process.exit(0);
    }
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
}

async function withDb<T>(fn: (h: Awaited<ReturnType<typeof openMigrated>>) => Promise<T>): Promise<T> {
  const h = await openMigrated(loadConfig(), invokedAs);
  try {
    return await fn(h);
  } finally {
    await h.close();
  }
}

/** `--head SEQ:HASH`, or `--against FILE` holding an earlier verify's output (its `head` line). */
function earlierHead(args: string[]): AuditHead | null {
  if (args.length === 0) return null;
  const [flag, value] = args;
  const text = flag === '--head' ? value : flag === '--against' && value ? readFileSync(value, 'utf8') : undefined;
  const m = text === undefined ? null : /(?:^|\bhead )(\d+):([0-9a-f]{64})\b/m.exec(text);
  if (!m) throw new AppError('invalid', { vi: 'audit verify: cần --head SEQ:HASH, hoặc --against TỆP có dòng `head SEQ:HASH`', en: 'audit verify: --head SEQ:HASH, or --against FILE with a line `head SEQ:HASH`' });
  return { seq: Number(m[1]), hash: m[2]! };
}

const commands: Record<string, (args: string[]) => Promise<number>> = {
  serve,
  // What the first start would otherwise do itself, done once at install: the CLI compiled to
  // JavaScript (compiled.js), the web build and the empty PGlite cluster a new data folder starts from.
  prepare: async () => {
    // Only a saving: without it (esbuild missing, a read-only folder) haidang runs through tsx.
    // Compiled again only when the sources changed since: this very process may be the compiled copy.
    const { compile, compiledEntry } = await import('./compiled.js');
    const compiled = await (compiledEntry() ? Promise.resolve() : compile()).then(
      () => 'dist/cli, ',
      (e: unknown) => {
        const why = e instanceof Error ? e.message : String(e);
        console.error(say({
          vi: `haidang prepare: không biên dịch được dòng lệnh, sẽ chạy bằng tsx: ${why}`,
          en: `haidang prepare: the CLI was not compiled, it runs through tsx: ${why}`,
        }));
        return '';
      },
    );
    await ensureWebBuild();
    const path = await (await import('../db/pglite-template.ts')).makeEmptyClusterCopy();
    console.log(say({ vi: `sẵn sàng: ${compiled}web/dist, ${path}`, en: `ready: ${compiled}web/dist, ${path}` }));
    return 0;
  },
  backup: async (args) => (await import('./backup.ts')).backupCommand(loadConfig(), args, invokedAs),
  restore: async (args) => (await import('./backup.ts')).restoreCommand(loadConfig(), args, invokedAs),
  'copy-to': async (args) => (await import('./backup.ts')).copyToCommand(loadConfig(), args, invokedAs),
  migrate: () =>
    withDb(async ({ applied }) => {
      const done = applied.join(', ');
      console.log(say(applied.length ? { vi: `đã áp dụng ${applied.length} migration: ${done}`, en: `applied: ${done}` } : { vi: 'lược đồ đã mới nhất', en: 'schema up to date' }));
      return 0;
    }),
  demo: () =>
    withDb(async ({ db }) => {
      const counts = await loadDemo(db);
      console.log(JSON.stringify(counts));
      return 0;
    }),
  export: () =>
    withDb(async ({ db }) => {
      await writeOut(JSON.stringify(await exportWorkspace(db), null, 2) + '\n');
      return 0;
    }),
  import: async (args) => {
    const text = args[0] ? readFileSync(args[0], 'utf8') : await readStdin();
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new AppError('invalid', { vi: 'import: dữ liệu vào không phải JSON', en: 'import: the input is not JSON' });
    }
    return withDb(async ({ db }) => {
      console.log(JSON.stringify(await execute(db, systemActor('cli', 'Dòng lệnh'), importWorkspace, { workspace: data })));
      return 0;
    });
  },
  // Loaded on demand: the extractor's lexicon is not needed to serve or migrate.
  user: (args) => withDb(({ db }) => userCommand(db, args)),
  // Loaded on demand, like extract: the Word and Excel writers are not needed to serve.
  report: (args) => withDb(async ({ db }) => (await import('./report.ts')).reportCommand(db, args)),
  extract: async (args) => (await import('./extract.ts')).runExtract(args),
  // Loaded on demand: the congress files' readers and the bulletin's writer are not needed to serve.
  congress: (args) => withDb(async ({ db }) => (await import('./congress.ts')).congressCommand(db, args)),
  audit: async (args) => {
    if (args[0] !== 'verify') throw new AppError('invalid', { vi: 'audit: lệnh con duy nhất là `verify`', en: 'audit: the only subcommand is `verify`' });
    const expectHead = earlierHead(args.slice(1));
    return withDb(async ({ db }) => {
      const r = await verifyAudit(db, expectHead ? { expectHead } : {});
      // The head is printed every time: kept outside (a file elsewhere, a mail), it is what a later
      // `verify --against` compares with, to see entries cut from the end or a chain rewritten.
      // Its line is the same in both languages: `--against` reads it back.
      const head = r.head ? `head ${r.head.seq}:${r.head.hash}` : 'head none';
      if (r.brokenAt === null) {
        console.log(say({
          vi: `nhật ký kiểm toán nguyên vẹn: ${r.checked} mục${r.unkeyed ? ` (${r.unkeyed} mục từ trước khoá nhật ký)` : ''}${expectHead ? `, mục cuối ${expectHead.seq} vẫn còn nguyên` : ''}`,
          en: `audit trail intact: ${r.checked} entries${r.unkeyed ? ` (${r.unkeyed} from before the audit key)` : ''}${expectHead ? `, head ${expectHead.seq} still in place` : ''}`,
        }));
        console.log(head);
        return 0;
      }
      console.error(say({ vi: `nhật ký kiểm toán BỊ HỎNG tại mục ${r.brokenAt} (trên ${r.checked} mục): ${r.reason?.vi}`, en: `audit trail BROKEN at entry ${r.brokenAt} (of ${r.checked}): ${r.reason?.en}` }));
      console.log(head);
      return 3;
    });
  },
};

const SUBCOMMANDS = new Set(['user', 'audit', 'congress']);

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const run = commands[command];
  if (!run) {
    console.error(say({ vi: `haidang: không có lệnh "${command}"; xem haidang help`, en: `haidang: unknown command "${command}" (see haidang help)` }));
    return 2;
  }
  invokedAs = ['haidang', command, ...(SUBCOMMANDS.has(command) && args[0] && !args[0].startsWith('-') ? [args[0]] : [])].join(' ');
  if (command !== 'serve') {
    // A signal kills Node without its 'exit' handlers, which would leave the data folder's lock
    // behind; end through exit() instead, with the shell's code for the signal. (serve closes itself.)
    process.once('SIGINT', () => process.exit(130));
    process.once('SIGTERM', () => process.exit(143));
  }
  return run(args);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    // One line in the language HAIDANG_LANG asks for; the exit code says the same in any language.
    if (err instanceof FolderInUseError) {
      console.error(`haidang: ${errorText(err)}`);
      process.exit(EXIT_FOLDER_IN_USE);
    }
    if (err instanceof AppError) console.error(`haidang: ${errorText(err)}`);
    else if (err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'string' && /^\d{2}[0-9A-Z]{3}$/.test((err as { code: string }).code)) {
      const why = (err as unknown as Error).message;
      console.error(say({ vi: `haidang: cơ sở dữ liệu từ chối: ${why}`, en: `haidang: database refused: ${why}` }));
    } else console.error(`haidang: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
