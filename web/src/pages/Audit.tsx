// Nhật ký: every change, who made it and when, newest first; paged by the server.
import { Anchor, Card, Code, Group, Pagination, Select, Table, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api.ts';
import { AsyncView, useApi } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n.tsx';

const PAGE_SIZE = 50;
const OBJECT_TYPES = ['task', 'target', 'observation', 'document', 'unit', 'report', 'user', 'workspace'];
const LINKS: Record<string, string> = { task: '/nhiem-vu/', target: '/chi-tieu/', document: '/van-ban/', unit: '/don-vi/' };

export function AuditPage() {
  const { t, dateTime, auditAction, auditObject, number } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const objectType = params.get('objectType') ?? '';
  const state = useApi(() => api.audit({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, objectType: objectType || undefined }), [page, objectType]);
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
          const items = r.items;
          const total = r.total ?? (page - 1) * PAGE_SIZE + items.length;
          const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
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
                          <Table.Td visibleFrom="sm"><Text size="sm">{e.actorName ?? (e.actor && !['cli', 'import', 'system'].includes(e.actor) ? e.actor : t('auditSystem'))}</Text></Table.Td>
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
              <Group justify="space-between" p="md" gap="sm">
                <Text size="sm" data-testid="audit-page">{t('pageOf', { page, pages, total: number(total, 0) })}</Text>
                <Pagination total={pages} value={Math.min(page, pages)} onChange={(n) => set('page', n > 1 ? String(n) : null)} size="sm" siblings={1} boundaries={1}
                  getControlProps={(control) => ({ 'aria-label': control === 'previous' ? t('prevPage') : control === 'next' ? t('nextPage') : control })}
                  getItemProps={(n) => ({ 'aria-label': `${t('page')} ${n}` })} />
              </Group>
            </Card>
          );
        }}
      </AsyncView>
    </>
  );
}
