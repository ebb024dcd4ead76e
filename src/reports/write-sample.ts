// Writes the sample review report (docx and xlsx) under docs/samples/:
//   node bin/run-ts.js src/reports/write-sample.ts [data.json] [out-dir]
// With a JSON file of ReviewReportData (the demo workspace's report) it lays out that instead.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ReviewReportData } from '../domain/review.ts';
import { reviewDocx } from './review-docx.ts';
import { reviewXlsx } from './review-xlsx.ts';
import { sampleReviewData } from './sample-data.ts';

const [input, outDir = 'docs/samples'] = process.argv.slice(2);
const data: ReviewReportData = input ? (JSON.parse(await readFile(resolve(input), 'utf8')) as ReviewReportData) : sampleReviewData();
const base = join(resolve(outDir), 'bao-cao-kiem-diem-mau');
await mkdir(resolve(outDir), { recursive: true });
await writeFile(`${base}.docx`, await reviewDocx(data));
await writeFile(`${base}.xlsx`, await reviewXlsx(data));
console.log(`${base}.docx\n${base}.xlsx`);
