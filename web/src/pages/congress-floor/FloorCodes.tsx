// Sign-in codes for the delegates' cards: issued for all or some, shown this once, saved as a CSV sheet.
import { Alert, Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSubmit } from '../../components/Async.tsx';
import type { SignInCodesIssued } from '../../../../src/contract/congress-floor.ts';
import { signInCodesCsv } from '../../../../src/domain/congress/signin-code.ts';
import { floorApi } from './floor-api.ts';
import { useFloorWords } from './words.ts';

/** The codes as a CSV file (UTF-8 with BOM, so Excel reads the diacritics), made in the browser: the server keeps no copy. */
function saveCsv(issued: SignInCodesIssued) {
  const url = URL.createObjectURL(new Blob([signInCodesCsv(issued.codes)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `ma-dang-nhap-${issued.congress}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function FloorCodes({ congress }: { congress: string }) {
  const { w } = useFloorWords();
  const [issued, setIssued] = useState<SignInCodesIssued | null>(null);
  const [some, setSome] = useState('');
  const send = useSubmit();
  const issue = (delegates?: string[]) => void send.run(async () => setIssued(await floorApi.issueCodes(congress, delegates)));
  const listed = some.split(/[,;\s]+/u).filter(Boolean);
  return (
    <Stack>
      <Card withBorder>
        <Stack gap="sm">
          {send.error && <Alert color="red" role="alert">{send.error}</Alert>}
          <Group>
            <Button onClick={() => issue()} loading={send.busy}>{w('issueAll')}</Button>
          </Group>
          <Group align="flex-end">
            <TextInput label={w('issueSome')} name="delegates" value={some} onChange={(e) => setSome(e.currentTarget.value)} style={{ flex: '1 1 260px' }} />
            <Button variant="light" disabled={listed.length === 0} loading={send.busy} onClick={() => issue(listed)}>{w('issueOne')}</Button>
          </Group>
        </Stack>
      </Card>
      {issued && (
        <Card withBorder>
          <Alert color="yellow" mb="sm">{w('codesShownOnce')}</Alert>
          <Button mb="sm" onClick={() => saveCsv(issued)}>{w('downloadCsv')}</Button>
          <Table.ScrollContainer minWidth={500}>
            <Table striped data-testid="signin-codes">
              <Table.Thead>
                <Table.Tr><Table.Th>{w('delegateCode')}</Table.Th><Table.Th>{w('name')}</Table.Th><Table.Th>{w('unit')}</Table.Th><Table.Th>{w('signInCodes')}</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {issued.codes.map((c) => (
                  <Table.Tr key={c.delegate} data-delegate={c.delegate}>
                    <Table.Td>{c.delegate}</Table.Td><Table.Td>{c.name}</Table.Td><Table.Td>{c.unit}</Table.Td>
                    <Table.Td><Text ff="monospace" data-testid="signin-code">{c.signInCode}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </Stack>
  );
}
