// Hostile archives: zip bombs (honest and lying about their size), a sheet of many rows and a Word file
// unpacking to more text than a document holds are refused (413), while the server keeps answering.
import JSZip from 'jszip';
import { deflateRawSync, crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './support/server.ts';
import { whileHealthy } from './support/while-healthy.ts';
import { buildZip, deflateRun, entriesOf, type RawEntry } from './support/zip.ts';

/** How often /api/health is asked at most while the heavy request runs. */
const HEALTH_PROBES = 500;
let s: TestServer;
const officers: Client[] = [];
const ids: Record<string, string> = {};
let sheet: Uint8Array;
/** 1 GiB of spaces after an XML opening, deflated once (~1 MB) and reused under several names. */
let run: RawEntry;

const sheetPath = () => `/api/reporting-periods/${ids.period}/units/${ids.A}/sheet`;

async function post(c: Client, path: string, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(s.url + path, {
    method: 'POST', body: form,
    headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': c.cookies.get('hd_csrf')! },
  });
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } };
}

/** The downloaded sheet with one of its parts replaced. */
async function sheetWith(part: string, entry: Omit<RawEntry, 'name'>): Promise<Buffer> {
  const entries = await entriesOf(sheet);
  return buildZip(entries.map((e) => (e.name === part ? { ...entry, name: part } : e)));
}

function entry(text: string): Omit<RawEntry, 'name'> {
  const raw = Buffer.from(text);
  return { data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
}

async function docx(documentXml: Omit<RawEntry, 'name'>): Promise<Buffer> {
  const z = new JSZip();
  z.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  z.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  z.file('word/document.xml', '<w:document/>');
  const entries = await entriesOf(await z.generateAsync({ type: 'uint8array' }));
  return buildZip(entries.map((e) => (e.name === 'word/document.xml' ? { ...documentXml, name: e.name } : e)));
}

const W = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';

beforeAll(async () => {
  s = await startTestServer();
  ids.root = (await s.api('POST', '/api/units', { code: 'TU', name: 'Thành ủy', kind: 'thanh_uy' })).body.id;
  ids.A = (await s.api('POST', '/api/units', { code: 'SCT', name: 'Sở Công Thương', kind: 'so_nganh', parentId: ids.root })).body.id;
  await s.api('POST', '/api/targets', { indicator: 'export.turnover', label: 'Kim ngạch xuất khẩu', unit: 'USD', group: 'kinh_te_xa_hoi', value: 40e9, period: '2025', measure: 'level', ownerUnitId: ids.A });
  for (const n of [1, 2, 3]) officers.push(await s.userClient(`canbo-${n}`, ['officer'], ids.A!));
  ids.period = (await s.api('POST', '/api/reporting-periods', { period: '2025-Q3', dueOn: '2099-10-05', title: 'Báo cáo quý III/2025' })).body.id;
  const res = await fetch(s.url + sheetPath(), { headers: { cookie: [...officers[0]!.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
  sheet = new Uint8Array(await res.arrayBuffer());
  run = await deflateRun('<worksheet><sheetData>', ' ', 1024 ** 3);
}, 180_000);
afterAll(async () => s?.close());

const draft = async () => (await officers[0]!.api('GET', `/api/reporting-periods/${ids.period}/units/${ids.A}`)).body.submission;

describe('a zip bomb for a reporting sheet', () => {
  it('three uploads at once of a sheet declaring 1 GiB are refused (413), the server answering and its heap flat', async () => {
    const bomb = await sheetWith('xl/worksheets/sheet1.xml', run);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const { result, answeredMeanwhile } = await whileHealthy(s.url, Promise.all(officers.map((o) => post(o, sheetPath(), bomb, 'bao-cao.xlsx'))), HEALTH_PROBES);
    for (const r of result) {
      expect(r.status).toBe(413);
      expect(r.body.error!.message).toMatch(/giới hạn an toàn/);
    }
    expect(answeredMeanwhile).toBeGreaterThan(0);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
    expect(await draft()).toBeNull();
  });

  it('a bomb that lies about its size is stopped where the lie begins, in the worker, while /api/health answers', async () => {
    const real = (await entriesOf(sheet)).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const bomb = await sheetWith('xl/worksheets/sheet1.xml', { ...run, size: real.size });
    const { result, answeredMeanwhile } = await whileHealthy(s.url, post(officers[0]!, sheetPath(), bomb, 'bao-cao.xlsx'), HEALTH_PROBES);
    expect(result.status).toBe(413);
    expect(result.body.error!.message).toMatch(/kích thước khai báo/);
    expect(answeredMeanwhile).toBeGreaterThan(0);
    expect(await draft()).toBeNull();
  });

  it('a small sheet of 200,000 rows stops at the sheet\'s known size (413), not after reading them all into memory', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>x${i}</t></is></c></row>`).join('');
    const bomb = await sheetWith('xl/worksheets/sheet1.xml', entry(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`));
    const { result, answeredMeanwhile } = await whileHealthy(s.url, post(officers[0]!, sheetPath(), bomb, 'bao-cao.xlsx'), HEALTH_PROBES);
    expect(result.status, JSON.stringify(result.body)).toBe(413);
    expect(result.body.error!.message).toMatch(/quá nhiều dòng/);
    expect(answeredMeanwhile).toBeGreaterThan(0);
  });

  it('a note longer than the API allows is an error of its row (400), not 20 MB in the audit', async () => {
    const xml = (await JSZip.loadAsync(sheet)).file('xl/worksheets/sheet1.xml')!;
    const text = await xml.async('string');
    // The note column (G) of the first target's row, as an inline string of 5,000 characters.
    const note = `<c r="G2" t="inlineStr"><is><t>${'ghi chú '.repeat(625)}</t></is></c>`;
    const changed = text.replace(/<c r="G2"[^>]*?(\/>|>.*?<\/c>)/, note);
    expect(changed).not.toBe(text);
    const r = await post(officers[0]!, sheetPath(), await sheetWith('xl/worksheets/sheet1.xml', entry(changed)), 'bao-cao.xlsx');
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error!.message).toMatch(/Ghi chú: tối đa 2000 ký tự/);
  });
});

describe('a Word file to /api/intake/read', () => {
  it('a document.xml declaring 1 GiB is refused before it is unpacked (413)', async () => {
    const r = await post(s, '/api/intake/read', await docx({ ...run }), 'ket-luan.docx');
    expect(r.status).toBe(413);
    expect(r.body.error!.message).toMatch(/giới hạn an toàn/);
  });

  it('one lying about its size is stopped at the lie (413), while /api/health answers', async () => {
    const { result, answeredMeanwhile } = await whileHealthy(s.url, post(s, '/api/intake/read', await docx({ ...run, size: 4000 }), 'ket-luan.docx'), HEALTH_PROBES);
    expect(result.status).toBe(413);
    expect(answeredMeanwhile).toBeGreaterThan(0);
  });

  it('one whose text passes what a document may hold is refused (413), not sent back', async () => {
    const words = ['phấn', 'đấu', 'đạt', 'kế', 'hoạch', 'năm', 'tăng', 'trưởng', 'xuất', 'khẩu', 'đầu', 'tư', 'hạ', 'tầng', 'giao', 'thông'];
    let seed = 7;
    const text = Array.from({ length: 450_000 }, () => words[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length]).join(' ');
    expect(text.length).toBeGreaterThan(2_000_000);
    const file = await docx(entry(`${W}${text}</w:t></w:r></w:p></w:body></w:document>`));
    expect(file.length).toBeLessThan(3 * 1024 * 1024);
    const r = await post(s, '/api/intake/read', file, 'ket-luan.docx');
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(413);
    expect(r.body.error!.message).toMatch(/quá giới hạn 2000000 ký tự/);
  });

  it('a well-formed small Word file is still read', async () => {
    const r = await post(s, '/api/intake/read', await docx(entry(`${W}Phấn đấu đạt 5%</w:t></w:r></w:p></w:body></w:document>`)), 'ket-luan.docx');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((r.body as unknown as { text: string }).text.trim()).toBe('Phấn đấu đạt 5%');
  });
});
