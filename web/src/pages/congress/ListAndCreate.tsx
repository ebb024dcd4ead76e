// The two halves of the congress and season list pages: a table of links, and the secretariat's create form of a few fields.
import { Alert, Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useSubmit } from '../../components/Async.tsx';
import { DateInput } from '../../components/DateInput.tsx';

export interface Column<T> { head: string; cell(item: T): ReactNode; visibleFrom?: 'xs' | 'sm' }

export function LinkTable<T extends { id: string }>({ items, columns, empty, testId }: { items: T[]; columns: Column<T>[]; empty: string; testId: string }) {
  if (items.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={300}>
        <Table verticalSpacing="sm" data-testid={testId}>
          <Table.Thead><Table.Tr>{columns.map((c) => <Table.Th key={c.head} visibleFrom={c.visibleFrom}>{c.head}</Table.Th>)}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {items.map((item) => <Table.Tr key={item.id}>{columns.map((c) => <Table.Td key={c.head} visibleFrom={c.visibleFrom}>{c.cell(item)}</Table.Td>)}</Table.Tr>)}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

export interface CreateField<K extends string> { key: K; label: string; type?: 'text' | 'date'; placeholder?: string }

/**
 * A form of required fields that creates something and opens its page. `follow` lets a field fill
 * another while untouched (a one-day congress: the closing day follows the opening day).
 */
export function CreateCard<K extends string>({ title, fields, button, create, follow }: {
  title: string;
  fields: CreateField<K>[];
  button: string;
  /** Creates from the trimmed values and says which page to open. */
  create(values: Record<K, string>): Promise<string>;
  follow?(values: Record<K, string>, key: K, value: string): Partial<Record<K, string>>;
}) {
  const navigate = useNavigate();
  const [values, setValues] = useState(() => Object.fromEntries(fields.map((f) => [f.key, ''])) as Record<K, string>);
  const { busy, error, run } = useSubmit();
  const change = (key: K, v: string) => setValues((x) => ({ ...x, [key]: v, ...(follow?.(x, key, v) ?? {}) }));
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    await run(async () => navigate(await create(Object.fromEntries(fields.map((f) => [f.key, values[f.key].trim()])) as Record<K, string>)));
  }
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={2} size="h4" mb="sm">{title}</Title>
      <Stack gap="sm">
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {fields.map((f) => (
            f.type === 'date'
              ? <DateInput key={f.key} label={f.label} name={f.key} placeholder={f.placeholder} required value={values[f.key]} onChange={(v) => change(f.key, v)} />
              : <TextInput key={f.key} label={f.label} name={f.key} type={f.type ?? 'text'} placeholder={f.placeholder} required value={values[f.key]}
                  onChange={(e) => change(f.key, e.currentTarget.value)} />
          ))}
        </SimpleGrid>
        <Group><Button type="submit" loading={busy} disabled={fields.some((f) => !values[f.key].trim())}>{button}</Button></Group>
      </Stack>
    </Card>
  );
}
