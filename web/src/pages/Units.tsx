// Đơn vị: the tree of units, each a link to its page.
import { Anchor, Card, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { searchKey } from '../../../src/domain/search.ts';
import { useAppState } from '../app-state.tsx';
import { Loading } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n.tsx';
import type { UnitItem } from '../../../src/contract/index.ts';

export function UnitsPage() {
  const { t } = useI18n();
  const { units } = useAppState();
  const [q, setQ] = useState('');
  if (units.length === 0) return <><PageTitle>{t('unitsTitle')}</PageTitle><Loading /></>;
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, UnitItem[]>();
  for (const u of units) {
    const key = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(key, [...(children.get(key) ?? []), u]);
  }
  const key = searchKey(q);
  // With a search, a unit shows when it or one of its descendants matches.
  const matches = (u: UnitItem): boolean =>
    !key || searchKey(`${u.name} ${u.code}`).includes(key) || (children.get(u.id) ?? []).some(matches);
  const render = (parent: string | null) => {
    const list = (children.get(parent) ?? []).filter(matches).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    if (list.length === 0) return null;
    return (
      <ul>
        {list.map((u) => (
          <li key={u.id}>
            <Anchor component={Link} to={`/don-vi/${u.id}`}>{u.name}</Anchor>{' '}
            <Text span size="xs" c="dimmed">{u.code} · {u.kindLabel}</Text>
            {render(u.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <>
      <PageTitle>{t('unitsTitle')}</PageTitle>
      <Card withBorder>
        <TextInput type="search" label={t('search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} maw={360} mb="md" />
        <nav className="hd-tree" aria-label={t('unitsTitle')} data-testid="unit-tree">{render(null)}</nav>
      </Card>
    </>
  );
}
