import { describe, expect, it } from 'vitest';
import { mergerRefusal } from './unit-merger.ts';

// A small tree: TP ← {XA (← THON), XB}, HD closed into TP.
const units = [
  { id: 'TP', parentId: null, mergedInto: null },
  { id: 'XA', parentId: 'TP', mergedInto: null },
  { id: 'THON', parentId: 'XA', mergedInto: null },
  { id: 'XB', parentId: 'TP', mergedInto: null },
  { id: 'HD', parentId: null, mergedInto: 'TP' },
];

describe('mergerRefusal', () => {
  it.each([
    ['XA', 'XB', null],
    ['XB', 'XA', null],
    ['THON', 'XB', null],
    ['XA', 'TP', null], // into its own parent: the commune into the city
    ['XA', 'XA', 'self'],
    ['HD', 'XB', 'already_merged'],
    ['XA', 'HD', 'successor_closed'],
    ['XA', 'THON', 'successor_below'],
    ['TP', 'THON', 'successor_below'],
  ] as const)('%s into %s → %s', (from, into, expected) => {
    expect(mergerRefusal(units, from, into)).toBe(expected);
  });
});
