export default function DrillView() {
  return <h2>科目钻取</h2>;
}
