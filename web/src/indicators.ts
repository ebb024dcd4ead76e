// Names of the indicators the extractor knows (its lexicon, src/extract/lexicon/indicators.tsv), for
// reading a proposal in words. Imported only by the review screen, which is loaded on demand.
import tsv from '../../src/extract/lexicon/indicators.tsv?raw';

export interface IndicatorName {
  key: string;
  unit: string;
  vi: string;
  en: string;
}

const cap = (s: string) => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s);

export const INDICATORS: IndicatorName[] = (() => {
  const out = new Map<string, IndicatorName>();
  for (const line of tsv.split(/\r?\n/u).slice(1)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [key, unit, meaning, wording] = line.split('\t');
    if (!key || out.has(key)) continue;
    const vi = cap((wording ?? '').split(';')[0]!.trim()) || key;
    out.set(key, { key, unit: unit ?? '', vi, en: cap((meaning ?? '').split(/[:,(]/u)[0]!.trim()) || key });
  }
  return [...out.values()];
})();

const BY_KEY = new Map(INDICATORS.map((i) => [i.key, i]));

export function indicatorName(key: string | null | undefined, lang: 'vi' | 'en'): string | null {
  if (!key || key === 'other') return null;
  const i = BY_KEY.get(key);
  return i ? i[lang] : key;
}

/** The units of measure the lexicon uses, for the edit form. */
export const UNITS_OF_MEASURE = [...new Set(INDICATORS.flatMap((i) => i.unit.split(' or ').map((u) => u.trim())).filter(Boolean))].sort();
