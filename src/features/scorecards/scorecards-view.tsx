export default function ScorecardsView() {
  return <h2>绩效自评</h2>;
}
