// placeholder
export function DocumentsPage() {
  return <p>Documents</p>;
}
