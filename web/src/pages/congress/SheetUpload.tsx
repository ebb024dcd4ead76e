// One .csv/.xlsx upload of the contract's files (roster, schedule), all or nothing; a refused file lists its errors by row and column.
import { Alert, Button, Card, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api.ts';
import { useSubmit } from '../../components/Async.tsx';
import { useWords } from './words.ts';

type CellError = { row: number; column: string; message: string };
const cellErrors = (e: unknown): CellError[] =>
  e instanceof ApiError && Array.isArray(e.details) ? (e.details as CellError[]).filter((d) => typeof d?.row === 'number' && typeof d?.column === 'string') : [];

export interface SheetUploadProps {
  id: string;
  title: string;
  hint: string;
  /** Sends the file; says in words what was written. */
  send(file: File): Promise<string>;
  onDone(): void;
}

export function SheetUpload({ id, title, hint, send, onDone }: SheetUploadProps) {
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
        setDone(await send(file));
        onDone();
      } catch (err) {
        setErrors(cellErrors(err));
        throw err;
      }
    });
  }
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <Title order={2} size="h4" mb={4} id={`${id}-title`}>{title}</Title>
      <Text size="sm" c="dimmed" mb="sm">{hint}</Text>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <FileInput label={w('uploadFile')} name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file} onChange={setFile} clearable style={{ flex: '1 1 240px' }} data-testid={`${id}-file`} />
          <Button type="submit" loading={busy} disabled={!file}>{w('uploadButton')}</Button>
        </Group>
        {done && <Alert color="green" role="status" data-testid={`${id}-done`}>{done}</Alert>}
        {error && (
          <Alert color="red" role="alert" data-testid={`${id}-error`}>
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
