export default function TablesView() {
  return <h2>决算表</h2>;
}
