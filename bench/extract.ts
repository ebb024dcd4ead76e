// Extraction throughput: MB/s on the dev corpus repeated to 10 MB, and the time on 1 MB adversarial texts.
// Run: `node bin/run-ts.js bench/extract.ts [--mb 10] [--runs 3] [--markdown]`. One core, median of the runs.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../src/extract/index.ts';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '10' }, runs: { type: 'string', default: '3' }, markdown: { type: 'boolean', default: false } },
});
const MB = 1 << 20;
const targetBytes = Number(values.mb) * MB;
const runs = Math.max(1, Number(values.runs));

/** The dev corpus if it is there (the shared folder beside the project), else the demo documents. */
function corpus(): { name: string; texts: string[] } {
  for (const dir of [resolve('../shared/corpus/dev'), resolve('demo/documents')]) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    if (files.length) return { name: dir, texts: files.map((f) => readFileSync(join(dir, f), 'utf8')) };
  }
  throw new Error('no corpus: neither ../shared/corpus/dev nor demo/documents has .txt files');
}

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? NaN;
}

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

// Each document is extracted as a document; the corpus is cycled until 10 MB of text has been read.
// Sizes are UTF-8 bytes, which is what "MB of text" means to whoever stores the files.
const { name, texts } = corpus();
const sizes = texts.map((t) => Buffer.byteLength(t, 'utf8'));
const corpusBytes = sizes.reduce((a, b) => a + b, 0);
for (const t of texts) extract(t); // warm-up: JIT and the lexicon file
const devTimes: number[] = [];
let processed = 0;
for (let r = 0; r < runs; r++) {
  processed = 0;
  devTimes.push(
    time(() => {
      for (let i = 0; processed < targetBytes; i = (i + 1) % texts.length) {
        extract(texts[i] ?? '');
        processed += sizes[i] ?? 0;
      }
    }),
  );
}
const devMs = median(devTimes);
const mbps = processed / MB / (devMs / 1000);

// The same corpus as one 10 MB document: a single call, so per-document work that grows with the whole text shows.
const joined = repeatTo(texts.join('\n'), Math.round(targetBytes / (corpusBytes / texts.join('\n').length)));
const joinedBytes = Buffer.byteLength(joined, 'utf8');
const joinedMs = median(Array.from({ length: runs }, () => time(() => extract(joined))));

// Adversarial inputs of 1 MB (in UTF-16 units, which is what the patterns walk).
const ADVERSARIAL: Array<[string, string]> = [
  ['deadline and figure phrases on one line', repeatTo('đến năm 2030 phấn đấu thu ngân sách đạt 11,28% trước ngày 20/8 giao Sở Tài chính hoàn thành ', MB)],
  ['repeated directives with limits', repeatTo('Giao Văn phòng Thành ủy chủ trì, phối hợp hoàn thiện đề án, báo cáo chậm nhất ngày 31/8/2025; ', MB)],
  ['repeated figures', repeatTo('GRDP tăng 8,5%, thu ngân sách 1.332,3 nghìn tỷ đồng, 15,5 - 16,5%, 1325/1.845 (71,8%), ', MB)],
  ['many dates', repeatTo('ngày 05 tháng 01 năm 2020, 27/6/2025, sáng 12/7, quý I/2026, 6 tháng đầu năm 2025, ', MB)],
  ['one line without punctuation', repeatTo('thu ngân sách đạt năm trăm tỷ đồng tăng trưởng kinh tế phấn đấu hoàn thành ', MB)],
  ['digits, commas and dots', Array.from({ length: MB }, (_, i) => '0123456789.,'[(i * 7919) % 12]).join('')],
  ['dev corpus as one long line', repeatTo(texts.join(' ').replace(/\n/gu, ' '), MB)],
];
const adversarial = ADVERSARIAL.map(([label, text]) => {
  extract(text.slice(0, 20_000));
  return { label, ms: median(Array.from({ length: runs }, () => time(() => extract(text)))) };
});

const fmt = (n: number, d = 1) => n.toFixed(d);
if (values.markdown) {
  console.log(`| input | size | time (median of ${runs}) | throughput |`);
  console.log('|---|---|---|---|');
  console.log(`| dev corpus, documents cycled | ${fmt(processed / MB)} MB | ${fmt(devMs, 0)} ms | ${fmt(mbps)} MB/s |`);
  console.log(`| dev corpus as one document | ${fmt(joinedBytes / MB)} MB | ${fmt(joinedMs, 0)} ms | ${fmt(joinedBytes / MB / (joinedMs / 1000))} MB/s |`);
  for (const a of adversarial) console.log(`| adversarial: ${a.label} | 1 M chars | ${fmt(a.ms, 0)} ms | |`);
} else {
  console.log(`corpus: ${name} (${texts.length} documents, ${fmt(corpusBytes / 1024)} KB)`);
  console.log(`dev corpus cycled to ${fmt(processed / MB)} MB: ${fmt(devMs, 0)} ms → ${fmt(mbps)} MB/s (median of ${runs})`);
  console.log(`dev corpus as one ${fmt(joinedBytes / MB)} MB document: ${fmt(joinedMs, 0)} ms → ${fmt(joinedBytes / MB / (joinedMs / 1000))} MB/s`);
  for (const a of adversarial) console.log(`1 M chars, ${a.label}: ${fmt(a.ms, 0)} ms`);
}
