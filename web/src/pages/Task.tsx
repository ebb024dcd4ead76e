// placeholder
export function TaskPage() {
  return <p>Task</p>;
}
