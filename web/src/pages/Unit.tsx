// placeholder
export function UnitPage() {
  return <p>Unit</p>;
}
