// The answer of the indicator lexicon: keys, units and usual Vietnamese wording, for forms and review.
import { z } from 'zod';
import { listOf } from './common.ts';

export const IndicatorItem = z
  .strictObject({ key: z.string(), unit: z.string(), measure: z.string(), label: z.string(), meaning: z.string() })
  .meta({ id: 'Indicator' });
export type IndicatorItem = z.infer<typeof IndicatorItem>;

export const IndicatorList = listOf(IndicatorItem).meta({ id: 'IndicatorList' });
