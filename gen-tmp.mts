import { openDb } from './src/db/connection.ts';
import { migrate } from './src/db/migrate.ts';
import { generate } from './bench/generate.ts';
const [url, scale] = process.argv.slice(2);
const h = await openDb({ databaseUrl: url! });
await migrate(h.db);
const w = await generate(h.db, { scale: Number(scale), seed: 20251, today: '2026-12-05', log: (l) => console.error(l) });
console.log(JSON.stringify(w));
await h.close();
