import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { unitsApi } from '../../api/units';
import { LoadError, Loading, Notice } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { TabPanel, Tabs } from '../../components/Tabs';
import { formatLocalDate } from '../../lib/format';
import { UNIT_KIND_LABELS } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { CountersTab } from './CountersTab';
import { DepartmentsTab } from './DepartmentsTab';
import { UnitEditDialog } from './UnitEditDialog';

type Tab = 'departments' | 'counters';
const TABS = [
  { id: 'departments', label: 'Phòng chuyên môn' },
  { id: 'counters', label: 'Quầy tiếp nhận' },
] as const;

export function UnitDetailPage() {
  const { code = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created ?? false;
  const {
    data: unit,
    error,
    loading,
    reload,
    setData,
  } = useApi((signal) => unitsApi.get(code, signal), `unit:${code}`);
  const [tab, setTab] = useState<Tab>('departments');
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(created ? 'Đã tạo đơn vị.' : null);

  const back = (
    <p className="breadcrumb">
      <Link to="/quan-tri/don-vi">← Danh sách đơn vị</Link>
    </p>
  );
  if (loading && !unit)
    return (
      <>
        {back}
        <Loading />
      </>
    );
  if (error || !unit) {
    return (
      <>
        {back}
        <LoadError error={error} onRetry={reload} />
      </>
    );
  }

  return (
    <section>
      {back}
      <PageHeader
        title={unit.name}
        description={`${UNIT_KIND_LABELS[unit.kind]} · mã ${unit.code}${unit.parentCode ? ` · trực thuộc ${unit.parentCode}` : ''}`}
        actions={
          <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
            Sửa thông tin đơn vị
          </button>
        }
      />
      {notice ? <Notice onClose={() => setNotice(null)}>{notice}</Notice> : null}
      <div className="panel">
        <dl className="info-list">
          <div>
            <dt>Trung tâm PVHCC</dt>
            <dd>{unit.centerName ?? 'Chưa khai báo'}</dd>
          </div>
          <div>
            <dt>Hiệu lực từ ngày</dt>
            <dd>{formatLocalDate(unit.validFrom)}</dd>
          </div>
          <div>
            <dt>Hết hiệu lực</dt>
            <dd>{unit.validTo ? formatLocalDate(unit.validTo) : 'Đang hiệu lực'}</dd>
          </div>
          {unit.successorCode ? (
            <div>
              <dt>Đơn vị kế thừa</dt>
              <dd>
                <Link to={`/quan-tri/don-vi/${unit.successorCode}`}>{unit.successorCode}</Link>
              </dd>
            </div>
          ) : null}
        </dl>
      </div>

      <Tabs
        idBase="unit-tabs"
        label="Thông tin tổ chức của đơn vị"
        tabs={TABS}
        selected={tab}
        onSelect={setTab}
      />
      <TabPanel idBase="unit-tabs" selected={tab}>
        {tab === 'departments' ? (
          <DepartmentsTab unitCode={unit.code} />
        ) : (
          <CountersTab unitCode={unit.code} />
        )}
      </TabPanel>

      {editing ? (
        <UnitEditDialog
          unit={unit}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setData(() => saved);
            setEditing(false);
            setNotice('Đã lưu thông tin đơn vị.');
          }}
        />
      ) : null}
    </section>
  );
}
