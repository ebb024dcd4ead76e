// placeholder
export function DocumentNewPage() {
  return <p>DocumentNew</p>;
}
