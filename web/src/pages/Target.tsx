// placeholder
export function TargetPage() {
  return <p>Target</p>;
}
