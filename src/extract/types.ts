// The extractor's public shapes: what `extract()` returns, as fixed by ../shared/extraction/CONTRACT.md.

/** [start, end) in UTF-16 code units of the ORIGINAL input text. */
export type Span = [number, number];

export type FactKind = 'actual' | 'target';
export type Comparator = '>=' | '>' | '<=' | '<' | '=';

export interface Fact {
  kind: FactKind;
  /** A key of the lexicon (src/extract/lexicon/indicators.tsv), or `other` when no key fits. */
  indicator: string;
  /** In base units: VND, USD, tonne, visit, count, %, times, index. */
  value: number;
  max?: number;
  unit: string;
  cmp?: Comparator;
  approx?: boolean;
  /** `YYYY`, `YYYY-MM/YYYY-MM`, `YYYY/YYYY` or `YYYY-MM-DD`; null when the text gives none. */
  period: string | null;
  /** True when a year in the period was taken from the document, not stated next to the figure. */
  periodImplied?: boolean;
  span: Span;
  /** The clause that states the fact. */
  text?: string;
  /** The wording that chose the indicator (or the best guess when indicator is `other`). */
  label?: string;
}

export interface ExtractedTask {
  text: string;
  /** YYYY-MM-DD */
  deadline: string;
  latest: string | null;
  owner: string | null;
  span: Span;
  /** True when the deadline's year was taken from the document. */
  deadlineImplied?: boolean;
}

export interface Extraction {
  document: { date: string | null };
  /** Why the text gave no proposals, in words for the user ("không phải văn bản tiếng Việt"). */
  warnings?: string[];
  facts: Fact[];
  tasks: ExtractedTask[];
}

export interface ExtractOptions {
  /** YYYY-MM-DD; wins over a date found in the text. */
  documentDate?: string;
}
