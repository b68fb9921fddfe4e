// placeholder until the page is built in this session (issue 5)
export default function TaskPage() {
  return null;
}
