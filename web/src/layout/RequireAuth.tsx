import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { Loading } from '../components/Alert';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'loading') {
    return (
      <div className="boot">
        <Loading label="Đang kiểm tra phiên làm việc…" />
      </div>
    );
  }
  if (status === 'anonymous') {
    return <Navigate to="/dang-nhap" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <>{children}</>;
}
