// placeholder
export function UnitsPage() {
  return <p>Units</p>;
}
