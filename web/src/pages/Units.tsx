// Đơn vị: the tree of units, each a link to its page; the secretariat adds units here. Merged
// (closed) units are kept for their history and shown on request.
import { Anchor, Badge, Card, Checkbox, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { searchKey } from '../../../src/domain/search.ts';
import { useAppState } from '../app-state.tsx';
import { Loading } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { NewUnit, useManagesUnits } from '../components/UnitAdmin.tsx';
import { useI18n } from '../i18n.tsx';
import type { UnitItem } from '../../../src/contract/index.ts';

export function UnitsPage() {
  const { t } = useI18n();
  const { units: all } = useAppState();
  const manages = useManagesUnits();
  const [q, setQ] = useState('');
  const [closed, setClosed] = useState(false);
  if (all.length === 0 && !manages) return <><PageTitle>{t('unitsTitle')}</PageTitle><Loading /></>;
  const units = closed ? all : all.filter((u) => !u.mergedInto);
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
            {u.mergedInto && <Badge ml="xs" size="xs" color="gray" variant="light">{t('unitMergedBadge')}</Badge>}
            {render(u.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <>
      <PageTitle>{t('unitsTitle')}</PageTitle>
      {manages && <NewUnit />}
      <Card withBorder>
        <Group align="flex-end" mb="md">
          <TextInput type="search" label={t('search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} maw={360} />
          <Checkbox label={t('unitShowClosed')} checked={closed} onChange={(e) => setClosed(e.currentTarget.checked)} mb={6} />
        </Group>
        <nav className="hd-tree" aria-label={t('unitsTitle')} data-testid="unit-tree">{render(null)}</nav>
      </Card>
    </>
  );
}
