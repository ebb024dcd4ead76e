// Đại hội: the congresses so far, and the secretariat's form to create one.
import { Anchor, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { AsyncView, useApi } from '../../components/Async.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useManages } from '../review/Periods.tsx';
import { congressApi } from './congress-api.ts';
import { CreateCard, LinkTable } from './ListAndCreate.tsx';
import { useWords } from './words.ts';

export default function CongressesPage() {
  const { w, date } = useWords();
  const manages = useManages();
  const state = useApi(() => congressApi.list(), []);
  return (
    <>
      <PageTitle>{w('title')}</PageTitle>
      <Stack gap="lg">
        <Anchor component={Link} to="/dot-dai-hoi">{w('seasonsLink')}</Anchor>
        <AsyncView state={state}>
          {(d) => (
            <LinkTable items={d.items} empty={w('none')} testId="congress-table" columns={[
              { head: w('colName'), cell: (c) => <Anchor component={Link} to={`/dai-hoi/${encodeURIComponent(c.code)}`} fw={600}>{c.name}</Anchor> },
              { head: w('colCode'), cell: (c) => c.code, visibleFrom: 'xs' },
              { head: w('colDays'), cell: (c) => (c.startsOn === c.endsOn ? date(c.startsOn) : `${date(c.startsOn)} – ${date(c.endsOn)}`) },
            ]} />
          )}
        </AsyncView>
        {manages && (
          <CreateCard title={w('createTitle')} button={w('createButton')}
            fields={[
              { key: 'code', label: w('createCode'), placeholder: 'DH-2025' },
              { key: 'name', label: w('createName') },
              { key: 'startsOn', label: w('createFrom'), type: 'date' },
              { key: 'endsOn', label: w('createTo'), type: 'date' },
            ]}
            // A one-day congress is common: the closing day follows the opening day until it is set later.
            follow={(x, key, v) => (key === 'startsOn' && (!x.endsOn || x.endsOn < v) ? { endsOn: v } : {})}
            create={async (v) => `/dai-hoi/${encodeURIComponent((await congressApi.create(v)).code)}`} />
        )}
      </Stack>
    </>
  );
}
