import { useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../auth/AuthContext';
import { UnitScopeProvider } from '../auth/UnitScope';
import { ChangePasswordPage } from '../pages/account/ChangePasswordPage';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';

/** The officer workspace: header, left navigation (a drawer on phones) and the page. */
export function Shell() {
  const me = useMe();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the phone menu whenever the page changes
  useEffect(() => {
    setMenuOpen(false);
  }, [location.pathname]);

  const forced = me.mustChangePassword;
  return (
    <UnitScopeProvider>
      <a className="skip-link" href="#main">
        Bỏ qua phần điều hướng
      </a>
      <div className={`app${menuOpen ? ' menu-open' : ''}`}>
        <TopBar
          menuOpen={menuOpen}
          onToggleMenu={() => setMenuOpen((o) => !o)}
          controls={forced ? 'account-panel' : 'account-panel main-nav'}
        />
        <div className="layout">
          {forced ? null : <SideNav id="main-nav" open={menuOpen} onNavigate={() => setMenuOpen(false)} />}
          <main id="main" className="main" tabIndex={-1}>
            {forced ? <ChangePasswordPage forced /> : <Outlet />}
          </main>
        </div>
      </div>
    </UnitScopeProvider>
  );
}
