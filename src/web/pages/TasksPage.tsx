// placeholder until the page is built in this session (issue 5)
export default function TasksPage() {
  return null;
}
