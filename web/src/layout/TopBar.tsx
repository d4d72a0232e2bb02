import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { useAuth, useMe } from '../auth/AuthContext';
import { useUnitScope } from '../auth/UnitScope';
import { roleList } from '../lib/labels';
import { UnitSwitcher } from './UnitSwitcher';

export function TopBar({
  menuOpen,
  onToggleMenu,
  controls,
}: {
  menuOpen: boolean;
  onToggleMenu: () => void;
  controls: string;
}) {
  const me = useMe();
  const { logout, logoutAll } = useAuth();
  const { unit } = useUnitScope();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <header className={`topbar${menuOpen ? ' is-open' : ''}`}>
      <div className="topbar-main">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            MC
          </span>
          <span className="brand-text">
            <span className="brand-name">MotCua</span>
            <span className="brand-sub">Hệ thống một cửa</span>
          </span>
        </Link>
        <p className="topbar-unit" data-testid="current-unit">
          {unit?.name ?? me.unit?.name ?? 'Toàn hệ thống'}
        </p>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls={controls}
          onClick={onToggleMenu}
        >
          <span className="menu-icon" aria-hidden="true" />
          Menu
        </button>
      </div>
      <div className="topbar-account" id="account-panel">
        <div className="account-who">
          <span className="account-name">{me.fullName}</span>
          <span className="account-roles">{roleList(me.roles) || 'Chưa được phân vai trò'}</span>
        </div>
        <UnitSwitcher />
        <div className="account-actions">
          <Link to="/doi-mat-khau" className="btn btn-ghost btn-small">
            Đổi mật khẩu
          </Link>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            disabled={busy}
            onClick={() => run(logout)}
          >
            Đăng xuất
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            disabled={busy}
            onClick={() => run(logoutAll)}
          >
            Đăng xuất mọi nơi
          </button>
        </div>
        {error ? (
          <p className="topbar-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </header>
  );
}
