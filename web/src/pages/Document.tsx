// placeholder
export function DocumentPage() {
  return <p>Document</p>;
}
