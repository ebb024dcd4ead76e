// Nhật ký: every change, who made it and when, newest first; paged by the server.
import { Anchor, Button, Card, Code, Group, Select, Table, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api.ts';
import { AsyncView, useApi } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n.tsx';

const PAGE_SIZE = 50;
const OBJECT_TYPES = ['task', 'target', 'observation', 'document', 'unit', 'report', 'user', 'workspace'];
const LINKS: Record<string, string> = { task: '/nhiem-vu/', target: '/chi-tieu/', document: '/van-ban/', unit: '/don-vi/' };

export function AuditPage() {
  const { t, dateTime, auditAction, auditObject } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const objectType = params.get('objectType') ?? '';
  const state = useApi(() => api.audit({ limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE, objectType: objectType || undefined }), [page, objectType]);
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'page') next.delete('page');
    setParams(next);
  };
  return (
    <>
      <PageTitle>{t('auditTitle')}</PageTitle>
      <Select label={t('auditObject')} data={OBJECT_TYPES.map((o) => ({ value: o, label: auditObject(o) }))} value={objectType || null}
        onChange={(v) => set('objectType', v)} clearable placeholder={t('auditAll')} maw={300} mb="md" />
      <AsyncView state={state}>
        {(r) => {
          // One extra row asked for tells whether a next page exists without counting them all.
          const hasNext = r.items.length > PAGE_SIZE;
          const items = r.items.slice(0, PAGE_SIZE);
          return (
            <Card withBorder padding={0}>
              <Table.ScrollContainer minWidth={340}>
                <Table verticalSpacing="xs" striped data-testid="audit-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={50}>#</Table.Th>
                      <Table.Th>{t('auditWhen')}</Table.Th>
                      <Table.Th visibleFrom="sm">{t('auditWho')}</Table.Th>
                      <Table.Th>{t('auditAction')}</Table.Th>
                      <Table.Th>{t('auditObject')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((e) => {
                      const base = LINKS[e.objectType];
                      return (
                        <Table.Tr key={e.seq}>
                          <Table.Td><Text size="sm" c="dimmed">{e.seq}</Text></Table.Td>
                          <Table.Td><Text size="sm">{dateTime(e.at)}</Text></Table.Td>
                          <Table.Td visibleFrom="sm"><Text size="sm">{e.actor ?? t('auditSystem')}</Text></Table.Td>
                          <Table.Td><Text size="sm">{auditAction(e.action)}</Text></Table.Td>
                          <Table.Td>
                            <Text size="sm">{auditObject(e.objectType)}{' '}
                              {base ? <Anchor component={Link} to={base + e.objectId} size="sm">{e.objectId}</Anchor> : <Code>{e.objectId}</Code>}
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Group justify="space-between" p="md">
                <Button variant="default" disabled={page <= 1} onClick={() => set('page', String(page - 1))} aria-label={t('prevPage')}>‹</Button>
                <Text size="sm">{t('page')} {page}</Text>
                <Button variant="default" disabled={!hasNext} onClick={() => set('page', String(page + 1))} aria-label={t('nextPage')}>›</Button>
              </Group>
            </Card>
          );
        }}
      </AsyncView>
    </>
  );
}
