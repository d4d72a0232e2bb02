import { Link } from 'react-router-dom';
import { hasAny, useMe } from '../../auth/AuthContext';
import { useUnitScope } from '../../auth/UnitScope';
import { NAV_GROUPS } from '../../layout/nav';
import { formatNumber } from '../../lib/format';
import { PERMISSION_LABELS, roleList, UNIT_KIND_LABELS } from '../../lib/labels';
import { CitizenHome } from '../portal/CitizenHome';
import { QueueCards } from './QueueCards';

/** Permissions whose pages are not in this web app yet. */
const COMING_SOON = new Set(['reports:read']);

export function HomePage() {
  const me = useMe();
  if (me.kind !== 'officer') return <CitizenHome />;
  return <OfficerHome />;
}

function OfficerHome() {
  const me = useMe();
  const { unit, unitCode, options } = useUnitScope();
  const seesDossiers = hasAny(me, ['dossiers:read', 'dossiers:process', 'dossiers:receive']);
  const links = NAV_GROUPS.flatMap((g) => g.items).filter(
    (item) => item.to !== '/' && (item.any.length === 0 || hasAny(me, item.any)),
  );
  const upcoming = me.permissions.filter((p) => COMING_SOON.has(p));

  return (
    <section>
      <div className="page-header">
        <div>
          <h1>Bàn làm việc</h1>
          <p className="page-description">Xin chào, {me.fullName}. Chúc bạn một ngày làm việc hiệu quả.</p>
        </div>
      </div>

      {seesDossiers ? (
        <section aria-labelledby="home-queues">
          <h2 id="home-queues" className="section-title section-title-first">
            Hàng việc hồ sơ
          </h2>
          <QueueCards unitCode={unitCode ?? undefined} />
        </section>
      ) : null}

      <div className="panel">
        <h2>Thông tin công tác</h2>
        <dl className="info-list">
          <div>
            <dt>Đơn vị</dt>
            <dd>{me.unit ? `${me.unit.name} (${UNIT_KIND_LABELS[me.unit.kind]})` : 'Toàn hệ thống'}</dd>
          </div>
          <div>
            <dt>Phòng chuyên môn</dt>
            <dd>{me.department?.name ?? 'Không thuộc phòng chuyên môn'}</dd>
          </div>
          <div>
            <dt>Vai trò</dt>
            <dd>{roleList(me.roles) || 'Chưa được phân vai trò'}</dd>
          </div>
          {options.length > 1 ? (
            <div>
              <dt>Đơn vị đang làm việc</dt>
              <dd>
                {unit?.name ?? '—'} (phạm vi theo dõi: {formatNumber(options.length)} đơn vị)
              </dd>
            </div>
          ) : null}
        </dl>
      </div>

      <h2 className="section-title">Truy cập nhanh</h2>
      {links.length ? (
        <ul className="quick-links">
          {links.map((item) => (
            <li key={item.to}>
              <Link to={item.to} className="quick-link">
                <span className="quick-link-title">{item.label}</span>
                <span className="quick-link-desc">{item.description}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Tài khoản của bạn chưa được giao chức năng quản trị nào.</p>
      )}

      {upcoming.length ? (
        <div className="panel panel-muted">
          <h2>Sắp có</h2>
          <p>Bạn được phân quyền:</p>
          <ul>
            {upcoming.map((p) => (
              <li key={p}>{PERMISSION_LABELS[p] ?? p}</li>
            ))}
          </ul>
          <p className="muted">Màn hình báo cáo, thống kê đang được hoàn thiện.</p>
        </div>
      ) : null}
    </section>
  );
}
