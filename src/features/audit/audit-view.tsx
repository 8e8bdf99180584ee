export default function AuditView() {
  return <h2>勾稽检查</h2>;
}
