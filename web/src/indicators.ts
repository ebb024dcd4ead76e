// Names of the indicators the extractor knows, read from GET /api/indicators (once per visit, then
// kept): for reading a proposal or a figure in words, and the lists of the edit forms.
import { useEffect, useState } from 'react';
import { request } from './api.ts';

export interface IndicatorName {
  key: string;
  unit: string;
  measure: string;
  vi: string;
  en: string;
}

interface ApiIndicator { key: string; unit: string; measure: string; label: string; meaning: string }

const cap = (s: string) => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s);

let list: IndicatorName[] = [];
let byKey = new Map<string, IndicatorName>();
let pending: Promise<IndicatorName[]> | null = null;

/** Loads the lexicon once; a failed load is tried again on the next call. */
export function loadIndicators(): Promise<IndicatorName[]> {
  if (!pending) {
    pending = request<{ items: ApiIndicator[] }>('GET', '/indicators').then(
      (r) => {
        const seen = new Map<string, IndicatorName>();
        for (const i of r.items) {
          if (seen.has(i.key)) continue;
          seen.set(i.key, { key: i.key, unit: i.unit, measure: i.measure, vi: cap(i.label.trim()) || i.key, en: cap((i.meaning ?? '').split(/[:,(]/u)[0]!.trim()) || i.key });
        }
        list = [...seen.values()];
        byKey = new Map(list.map((i) => [i.key, i]));
        return list;
      },
      (e: unknown) => {
        pending = null;
        throw e;
      },
    );
  }
  return pending;
}

/** The indicators, empty until loaded (the component renders again once they are). */
export function useIndicators(): IndicatorName[] {
  const [items, setItems] = useState(list);
  useEffect(() => {
    let live = true;
    loadIndicators().then((l) => live && setItems(l), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  return items;
}

export function indicatorName(key: string | null | undefined, lang: 'vi' | 'en'): string | null {
  if (!key || key === 'other') return null;
  const i = byKey.get(key);
  return i ? i[lang] : key;
}

/** The units of measure the lexicon uses, for the edit form. */
export function unitsOfMeasure(items: IndicatorName[] = list): string[] {
  return [...new Set(items.flatMap((i) => i.unit.split(' or ').map((u) => u.trim())).filter(Boolean))].sort();
}
