// What a file is, from its first bytes, never from its name: the types a task's attachments may be.

export const ATTACHMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
  txt: 'text/plain; charset=utf-8',
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

function includesAscii(b: Uint8Array, text: string): boolean {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(text, 0, 'latin1');
}

/** The type of an attachment, or null for anything not on the list (executables, archives, HTML…). */
export function sniffAttachment(b: Uint8Array): AttachmentType | null {
  if (starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(b, [0x50, 0x4b, 0x03, 0x04])) {
    // Office files are zips whose part names say what they hold.
    if (includesAscii(b, 'word/')) return 'docx';
    if (includesAscii(b, 'xl/')) return 'xlsx';
    return null;
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(b);
    // Markup is refused as text: served back, a browser might still read it as a page.
    if (/\u0000/u.test(text) || /<\s*(html|script|svg|body|iframe)/iu.test(text.slice(0, 4096))) return null;
    return 'txt';
  } catch {
    return null;
  }
}

/** A file name safe to keep and to show: no path, no control characters, a sane length. */
/** Control, zero-width and bidirectional-override characters: never wanted in a code or a file name. */
export const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/u).pop() ?? '';
  // Control characters, and the invisible ones that make a name read as another (bidi overrides
  // such as "tai-lieu\u202Efdp.exe", zero-width joiners), are dropped.
  const clean = base.normalize('NFC').replace(INVISIBLE, '').replace(/"/gu, '').trim().slice(0, 200);
  return clean || 'tep-dinh-kem';
}
