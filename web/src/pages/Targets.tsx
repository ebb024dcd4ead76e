// placeholder
export function TargetsPage() {
  return <p>Targets</p>;
}
