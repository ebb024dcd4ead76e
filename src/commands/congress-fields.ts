// The zod pieces the congress commands share: an uploaded table as rows of text, within the reader's caps.
import { z } from 'zod';

const MAX_ROWS = 20_000;
const Cell = z.string().max(1000);

/** A sheet as the file readers give it (src/sheets/table-file.ts): header names and numbered rows. */
export const TableInput = z
  .object({
    headers: z.array(Cell).max(200),
    rows: z.array(z.object({ row: z.number().int().min(2), cells: z.array(Cell).max(200) }).strict()).max(MAX_ROWS, `at most ${MAX_ROWS} rows`),
  })
  .strict();
