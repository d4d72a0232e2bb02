import { NavLink } from 'react-router-dom';
import { hasAny, useAuth } from '../auth/AuthContext';
import { NAV_GROUPS } from './nav';

export function SideNav({ id, open, onNavigate }: { id: string; open: boolean; onNavigate: () => void }) {
  const { me } = useAuth();
  const groups = NAV_GROUPS.map((g) => ({
    ...g,
    items: g.items.filter((item) => item.any.length === 0 || hasAny(me, item.any)),
  })).filter((g) => g.items.length > 0);
  return (
    <nav id={id} className={`sidenav${open ? ' is-open' : ''}`} aria-label="Điều hướng chính">
      {groups.map((group) => (
        <div key={group.label} className="nav-group">
          <h2 className="nav-group-title">{group.label}</h2>
          <ul>
            {group.items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className="nav-link" onClick={onNavigate}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
