// NFC normalisation that keeps a map from every UTF-16 unit of the normalised text back to the original.
// Spans are reported in the original text, while every pattern runs on NFC text.

export interface Normalized {
  text: string;
  /** Offset in the original input of offset `i` in `text` (i may equal text.length). */
  toOriginal(i: number): number;
}

// A base character with the combining marks that follow it: NFC only ever merges within such a group
// (for the scripts we care about), so normalising group by group gives an exact offset map.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

export function normalizeNfc(input: string): Normalized {
  const whole = input.normalize('NFC');
  if (whole === input) return { text: input, toOriginal: (i) => i };
  const parts: string[] = [];
  const map: number[] = [];
  for (const m of input.matchAll(CLUSTER)) {
    const n = m[0].normalize('NFC');
    parts.push(n);
    for (let k = 0; k < n.length; k++) map.push(m.index);
  }
  map.push(input.length);
  const text = parts.join('');
  return { text, toOriginal: (i) => map[Math.max(0, Math.min(i, map.length - 1))] ?? input.length };
}
