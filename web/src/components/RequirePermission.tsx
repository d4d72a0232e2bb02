import type { ReactNode } from 'react';
import { hasAny, useAuth } from '../auth/AuthContext';

/** Shows the page only to accounts with one of the permissions (the server enforces it anyway). */
export function RequirePermission({ any, children }: { any: readonly string[]; children: ReactNode }) {
  const { me } = useAuth();
  if (hasAny(me, any)) return <>{children}</>;
  return (
    <section className="panel">
      <h1>Không có quyền truy cập</h1>
      <p>Tài khoản của bạn không được phân quyền sử dụng chức năng này. Vui lòng liên hệ quản trị đơn vị.</p>
    </section>
  );
}
