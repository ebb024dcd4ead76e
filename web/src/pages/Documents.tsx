// Văn bản: the documents recorded, newest first, and the way to add one.
import { Anchor, Button, Card, Pagination, Group, Table, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api.ts';
import { AsyncView, useApi } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n.tsx';

const PAGE_SIZE = 20;

export function DocumentsPage() {
  const { t, date, docKind, number } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const state = useApi(() => api.documents({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), [page]);
  return (
    <>
      <PageTitle right={<Button component={Link} to="/van-ban/moi">{t('newDocument')}</Button>}>{t('documentsTitle')}</PageTitle>
      <AsyncView state={state}>
        {(r) => {
          const pages = Math.max(1, Math.ceil((r.total ?? r.items.length) / PAGE_SIZE));
          return (
            <Card withBorder padding={0}>
              <Table verticalSpacing="sm" highlightOnHover data-testid="document-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('colTitle')}</Table.Th>
                    <Table.Th visibleFrom="sm" w={130}>{t('colKind')}</Table.Th>
                    <Table.Th visibleFrom="sm" w={120}>{t('docIssuedOn')}</Table.Th>
                    <Table.Th visibleFrom="md">{t('colIssuer')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.items.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/van-ban/${d.id}`} fw={500}>{d.title}</Anchor>
                        <Text size="xs" c="dimmed">
                          {d.number ? `${t('docNumber')} ${d.number} · ` : ''}{d.length !== undefined ? t('chars', { n: number(d.length, 0) }) : ''}
                        </Text>
                        <Text size="xs" c="dimmed" hiddenFrom="sm">{docKind(d.kind)} · {date(d.issuedOn)} · {d.issuer}</Text>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">{docKind(d.kind)}</Table.Td>
                      <Table.Td visibleFrom="sm">{date(d.issuedOn)}</Table.Td>
                      <Table.Td visibleFrom="md"><Text size="sm">{d.issuer || '—'}</Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {pages > 1 && (
                <Group justify="center" p="md">
                  <Pagination total={pages} value={page} onChange={(p) => setParams({ page: String(p) })} />
                </Group>
              )}
            </Card>
          );
        }}
      </AsyncView>
    </>
  );
}
