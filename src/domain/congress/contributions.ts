// The register of written contributions (tham luận) as a sheet → rows, all or nothing, errors with row and column.
import { NO, Reader, YES, key, yesOrEmpty, type Table } from './rows.ts';

export const CONTRIBUTION_COLUMNS = ['ma_dai_bieu', 'tac_gia', 'dang_bo', 'chu_de', 'trinh_bay'] as const;
const REQUIRED = ['chu_de'] as const;

export interface ContributionRow { row: number; delegate: string | null; author: string | null; committee: string | null; topic: string; presented: boolean }

/**
 * Each row names a delegate (`ma_dai_bieu`, whose name and party committee the roster gives) or an
 * author with their party committee; `trinh_bay` is "có" for one presented at the congress.
 */
export function parseContributions(table: Table): ContributionRow[] {
  const r = new Reader(table, CONTRIBUTION_COLUMNS, REQUIRED);
  const out: ContributionRow[] = [];
  if (r.errors.length === 0) {
    for (const { row, cells } of r.rows()) {
      const delegate = r.optional(row, cells, 'ma_dai_bieu');
      const author = r.optional(row, cells, 'tac_gia');
      const committee = r.optional(row, cells, 'dang_bo');
      if (!delegate && !author) r.fail(row, 'tac_gia', { vi: 'cần tác giả hoặc mã đại biểu', en: 'an author or a delegate code is needed' });
      if (!delegate && !committee) r.fail(row, 'dang_bo', { vi: 'cần đảng bộ của tác giả', en: 'the author\'s party committee is needed' });
      const topic = r.text(row, cells, 'chu_de', 1000);
      const flag = key(r.cell(cells, 'trinh_bay'));
      if (!YES.has(flag) && !NO.has(flag)) r.fail(row, 'trinh_bay', yesOrEmpty(flag));
      out.push({ row, delegate, author, committee, topic, presented: YES.has(flag) });
    }
  }
  r.done();
  return out;
}
