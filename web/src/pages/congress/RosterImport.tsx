// Nạp danh sách đại biểu: one .csv/.xlsx upload, all or nothing; a refused file lists its errors by row and column.
import { Alert, Button, Card, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api.ts';
import { useSubmit } from '../../components/Async.tsx';
import { congressApi } from './congress-api.ts';
import { useWords } from './words.ts';

type CellError = { row: number; column: string; message: string };
const cellErrors = (e: unknown): CellError[] =>
  e instanceof ApiError && Array.isArray(e.details) ? (e.details as CellError[]).filter((d) => typeof d?.row === 'number' && typeof d?.column === 'string') : [];

export function RosterImport({ code, onDone }: { code: string; onDone(): void }) {
  const { w } = useWords();
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [errors, setErrors] = useState<CellError[]>([]);
  const { busy, error, run } = useSubmit();
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return;
    setDone(null);
    setErrors([]);
    await run(async () => {
      try {
        const r = await congressApi.roster(code, file);
        setDone(w('rosterDone', { n: r.delegates, replaced: r.replaced }));
        onDone();
      } catch (err) {
        setErrors(cellErrors(err));
        throw err;
      }
    });
  }
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="roster-title">
      <Title order={2} size="h4" mb={4} id="roster-title">{w('rosterTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{w('rosterHint')}</Text>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <FileInput label={w('rosterFile')} name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file} onChange={setFile} clearable style={{ flex: '1 1 240px' }} data-testid="roster-file" />
          <Button type="submit" loading={busy} disabled={!file}>{w('rosterButton')}</Button>
        </Group>
        {done && <Alert color="green" role="status" data-testid="roster-done">{done}</Alert>}
        {error && (
          <Alert color="red" role="alert" data-testid="roster-error">
            <Text size="sm" fw={600}>{errors.length > 0 ? w('rosterErrors') : error}</Text>
            {errors.length > 0 && (
              <Table.ScrollContainer minWidth={300}>
                <Table fz="sm" verticalSpacing={2} mt={4}>
                  <Table.Thead><Table.Tr><Table.Th>{w('colRow')}</Table.Th><Table.Th>{w('colColumn')}</Table.Th><Table.Th>{w('colError')}</Table.Th></Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {errors.map((x, i) => <Table.Tr key={i}><Table.Td>{x.row}</Table.Td><Table.Td><code>{x.column}</code></Table.Td><Table.Td>{x.message}</Table.Td></Table.Tr>)}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
