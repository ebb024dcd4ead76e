// The extractor against the gold files of the project's own fixtures (test/fixtures/extraction: reports,
// conclusions, resolutions and plans of other provinces, their gold written from the text before any scoring),
// scored by the shared scorer that also judges it (../shared/tools/score-extraction.mjs). The bar is the one
// issue 3 sets: F1 and precision at least 0.90 over all items.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const scorer = resolve('../shared/tools/score-extraction.mjs');
const fixtures = resolve('test/fixtures/extraction');

describe.skipIf(!existsSync(scorer))('extraction fixtures', () => {
  it('score F1 and precision of at least 0.90 over all items', () => {
    const out = execFileSync(process.execPath, [scorer, '--cmd', `${JSON.stringify(process.execPath)} bin/haidang.js extract {file} --json`, fixtures], { encoding: 'utf8', maxBuffer: 16 << 20 });
    const total = out.trim().split('\n').at(-1) ?? '';
    const m = /\|\| all P ([\d.]+) R ([\d.]+) F1 ([\d.]+)/u.exec(total);
    expect(m, total).not.toBeNull();
    const [p, , f1] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
    expect(p, total).toBeGreaterThanOrEqual(0.9);
    expect(f1, total).toBeGreaterThanOrEqual(0.9);
  }, 400_000);
});
