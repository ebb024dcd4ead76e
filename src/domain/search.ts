// Search keys that ignore case and Vietnamese diacritics, so "khu thuong mai" finds "Khu thương mại".

export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
