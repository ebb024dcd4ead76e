// /api/indicators: the lexicon of indicators (key, unit, usual Vietnamese wording), for forms and review.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { json, validationHook } from '../../validation.ts';
import { principal } from '../../auth/session.ts';
import { defaultLexicon } from '../../../extract/indicators.ts';
import { IndicatorList } from '../../../contract/indicator.ts';

export function indicatorRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(createRoute({ method: 'get', path: '/', tags: ['Chỉ số (indicators)'], responses: { 200: json(IndicatorList) } }), async (c) => {
    principal(c);
    const items = defaultLexicon().keys.map((k) => ({ key: k.key, unit: k.unit, measure: k.measure, label: k.label, meaning: k.meaning }));
    return c.json({ items, total: items.length }, 200);
  });
  return app;
}
