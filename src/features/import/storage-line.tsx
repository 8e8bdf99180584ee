/** Where imported documents are kept and whether the browser agreed to keep them (navigator.storage.persist()). */
import { useDashboardStore } from '@/store';

const PERSIST_TEXT = {
  granted: '浏览器已同意持久保存：空间紧张时也不会自动清除导入的文档。',
  denied: '浏览器没有同意持久保存：空间紧张时可能清除导入的文档，建议导出备份。',
  unknown: '尚未申请持久保存（第一次导入文档时申请）。',
  unsupported: '此浏览器不支持持久保存申请，建议导出备份。',
} as const;

export function StorageLine() {
  const status = useDashboardStore((s) => s.storageStatus);
  if (status.kind === 'session') {
    return (
      <p className="storage-line warn">
        此浏览器无法使用 IndexedDB：导入的文档只保留到关闭页面，请导出备份。
      </p>
    );
  }
  return (
    <p className="storage-line" data-testid="storage-line">
      导入的文档保存在本浏览器中（IndexedDB），刷新或重启浏览器后仍在。{PERSIST_TEXT[status.persist]}
    </p>
  );
}
