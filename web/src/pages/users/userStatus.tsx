import type { User } from '@contract';
import { formatDateTime } from '../../lib/format';

export function UserStatus({ user }: { user: User }) {
  if (!user.active) return <span className="badge badge-muted">Ngừng hoạt động</span>;
  if (user.lockedUntil && Date.parse(user.lockedUntil) > Date.now()) {
    return <span className="badge badge-warn">Tạm khóa đến {formatDateTime(user.lockedUntil)}</span>;
  }
  return <span className="badge badge-ok">Đang hoạt động</span>;
}
