// Nhập văn bản: paste the text of a document (or read it from a .docx, .pdf, .html or .txt file through
// POST /api/intake/read) with its heading data; saved by POST /api/documents.
import { Alert, Button, Card, FileButton, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DOCUMENT_KINDS } from '../../../src/domain/document.ts';
import { api } from '../api.ts';
import { errorMessage } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n.tsx';
import { DateInput } from '../components/DateInput.tsx';

export function DocumentNewPage() {
  const { t, docKind } = useI18n();
  const navigate = useNavigate();
  const [kind, setKind] = useState<string>('nghi_quyet');
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [issuer, setIssuer] = useState('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [read, setRead] = useState<{ ok: boolean; text: string } | null>(null);

  async function readFile(file: File | null) {
    if (!file) return;
    setReading(true);
    setRead(null);
    try {
      const r = await api.readFile(file);
      setText(r.text);
      if (!title.trim()) setTitle(r.name.replace(/\.[a-z0-9]{2,5}$/iu, ''));
      setRead({ ok: true, text: t('readFileDone', { name: r.name, n: r.text.length.toLocaleString('vi-VN') }) });
    } catch (err) {
      setRead({ ok: false, text: `${t('readFileFailed')}: ${errorMessage(err)}` });
    } finally {
      setReading(false);
    }
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const d = await api.createDocument({ kind, number: number.trim() || null, issuedOn, issuer: issuer.trim(), title: title.trim(), text });
      // Straight to the review of what the document proposes (the same text again: the stored one).
      navigate(`/van-ban/${d.id}/de-xuat`, { state: { created: { proposals: d.proposals ?? 0, duplicate: Boolean(d.duplicate) } } });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle>{t('newDocument')}</PageTitle>
      <Card withBorder component="form" onSubmit={submit}>
        <Stack>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select label={t('docKind')} name="kind" data={DOCUMENT_KINDS.map((k) => ({ value: k, label: docKind(k) }))} value={kind}
              onChange={(v) => v && setKind(v)} allowDeselect={false} />
            <TextInput label={t('docNumber')} name="number" value={number} onChange={(e) => setNumber(e.currentTarget.value)} placeholder="45-NQ/TU" />
            <DateInput label={t('docIssuedOn')} name="issuedOn" required value={issuedOn} onChange={setIssuedOn} />
          </SimpleGrid>
          <TextInput label={t('docIssuer')} name="issuer" value={issuer} onChange={(e) => setIssuer(e.currentTarget.value)} placeholder="Ban Thường vụ Thành ủy" />
          <TextInput label={t('docTitle')} name="title" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <Group gap="sm" align="center">
            <FileButton onChange={readFile} accept=".docx,.pdf,.html,.htm,.txt,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document">
              {(props) => <Button {...props} variant="default" loading={reading} data-testid="read-file">{t('readFile')}</Button>}
            </FileButton>
            {read && <Text size="sm" c={read.ok ? 'teal.8' : 'red.8'} role={read.ok ? 'status' : 'alert'} data-testid="read-file-result">{read.text}</Text>}
          </Group>
          <Textarea label={t('docText')} name="text" description={t('docTextHint')} autosize minRows={10} maxRows={30} value={text}
            onChange={(e) => setText(e.currentTarget.value)} />
          <Group><Button type="submit" loading={busy}>{t('save')}</Button></Group>
        </Stack>
      </Card>
    </>
  );
}
