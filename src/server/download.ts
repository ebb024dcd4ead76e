// Downloads: a Content-Disposition that no file name can break (RFC 6266: an ASCII fallback and the UTF-8 name).

export function attachment(name: string): string {
  const ascii = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\w.-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
