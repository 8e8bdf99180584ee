export default function OverviewView() {
  return <h2>总览</h2>;
}
