import type { DossierStateCode } from '@contract';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { catalogApi } from '../../api/catalog';
import { type DossierQueue, dossiersApi } from '../../api/dossiers';
import { hasAny, useMe } from '../../auth/AuthContext';
import { useUnitScope } from '../../auth/UnitScope';
import { LoadError } from '../../components/Alert';
import { DateField } from '../../components/DateTimeFields';
import { SelectField, TextField } from '../../components/Field';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { TabPanel, Tabs } from '../../components/Tabs';
import { formatNumber } from '../../lib/format';
import { DOSSIER_STATE_LABELS, DOSSIER_STATES, QUEUE_LABELS } from '../../lib/labels';
import { parseLocalDate } from '../../lib/parse';
import { useApi } from '../../lib/useApi';
import { usePaged } from '../../lib/usePaged';
import { DossierList } from './DossierList';

const QUEUES = Object.keys(QUEUE_LABELS) as DossierQueue[];
const isQueue = (v: string | null): v is DossierQueue => !!v && (QUEUES as string[]).includes(v);
const isState = (v: string | null): v is DossierStateCode => !!v && (DOSSIER_STATES as string[]).includes(v);

export function DossiersPage() {
  const me = useMe();
  const scope = useUnitScope();
  const unitCode = scope.unitCode ?? undefined;
  const [params, setParams] = useSearchParams();
  const queueParam = params.get('queue');
  const queue: DossierQueue = isQueue(queueParam) ? queueParam : 'all';
  const applied = {
    q: params.get('q') ?? '',
    state: isState(params.get('state')) ? (params.get('state') as DossierStateCode) : undefined,
    procedureCode: params.get('thu-tuc') ?? '',
    from: parseLocalDate(params.get('tu-ngay') ?? '') ?? '',
    to: parseLocalDate(params.get('den-ngay') ?? '') ?? '',
  };

  // Filter form state (applied on submit, kept in the address so a link or reload shows the same list).
  const [text, setText] = useState(applied.q);
  const [state, setState] = useState<string>(applied.state ?? '');
  const [procedureCode, setProcedureCode] = useState(applied.procedureCode);
  const [from, setFrom] = useState(applied.from);
  const [to, setTo] = useState(applied.to);
  const [formError, setFormError] = useState<Record<string, string>>({});
  // Extra filters start open on wide screens or when one is in use; on a phone they fold away.
  const [filtersOpen, setFiltersOpen] = useState(
    () =>
      !!(applied.state || applied.procedureCode || applied.from || applied.to) ||
      window.matchMedia('(min-width: 701px)').matches,
  );

  const queues = useApi((signal) => dossiersApi.queues(unitCode, signal), `queues:${unitCode ?? ''}`);
  const procedures = useApi((signal) => catalogApi.procedures({ limit: 200 }, signal), 'procedures:all');

  const key = [
    unitCode,
    queue,
    applied.q,
    applied.state,
    applied.procedureCode,
    applied.from,
    applied.to,
  ].join('|');
  const list = usePaged(
    (cursor, signal) =>
      dossiersApi.list(
        {
          unitCode,
          queue,
          q: applied.q || undefined,
          state: applied.state,
          procedureCode: applied.procedureCode || undefined,
          from: applied.from || undefined,
          to: applied.to || undefined,
          cursor,
          limit: 50,
        },
        signal,
      ),
    key,
  );

  const tabs = (
    queues.data?.queues ?? QUEUES.map((q) => ({ queue: q, label: QUEUE_LABELS[q], count: -1 }))
  ).map((q) => ({ id: q.queue, label: q.count >= 0 ? `${q.label} (${formatNumber(q.count)})` : q.label }));
  if (!tabs.some((t) => t.id === queue)) tabs.push({ id: queue, label: QUEUE_LABELS[queue] });

  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: false });
  };

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    if (from && !parseLocalDate(from)) errors.from = 'Ngày không hợp lệ (dd/mm/yyyy)';
    if (to && !parseLocalDate(to)) errors.to = 'Ngày không hợp lệ (dd/mm/yyyy)';
    if (!errors.from && !errors.to && from && to && from > to)
      errors.to = 'Đến ngày phải sau hoặc bằng từ ngày';
    setFormError(errors);
    if (Object.keys(errors).length) {
      setFiltersOpen(true);
      return;
    }
    const patch = { q: text.trim(), state, 'thu-tuc': procedureCode, 'tu-ngay': from, 'den-ngay': to };
    const same =
      patch.q === applied.q &&
      state === (applied.state ?? '') &&
      procedureCode === applied.procedureCode &&
      from === applied.from &&
      to === applied.to;
    if (same) {
      list.reload();
      queues.reload();
    } else update(patch);
  };

  const onClear = () => {
    setText('');
    setState('');
    setProcedureCode('');
    setFrom('');
    setTo('');
    setFormError({});
    update({
      q: undefined,
      state: undefined,
      'thu-tuc': undefined,
      'tu-ngay': undefined,
      'den-ngay': undefined,
    });
  };

  const canReceive = hasAny(me, ['dossiers:receive']);
  return (
    <section>
      <PageHeader
        title="Hồ sơ"
        description={`Hồ sơ theo hàng việc${scope.unit ? ` — ${scope.unit.name}` : ''}.`}
        actions={
          canReceive ? (
            <Link to="/tiep-nhan" className="btn btn-primary">
              Tiếp nhận hồ sơ mới
            </Link>
          ) : null
        }
      />
      <LoadError error={queues.error} onRetry={queues.reload} />
      <div className="queue-tabs">
        <Tabs
          idBase="queues"
          label="Hàng việc"
          tabs={tabs}
          selected={queue}
          onSelect={(id) => update({ queue: id === 'all' ? undefined : id })}
        />
      </div>
      <TabPanel idBase="queues" selected={queue}>
        <form className="filter-bar dossier-filters" onSubmit={onSearch} noValidate>
          <TextField
            label="Tìm hồ sơ"
            type="search"
            value={text}
            onValue={setText}
            placeholder="Mã hồ sơ, họ tên hoặc số CCCD"
            className="grow"
          />
          <div className="filter-actions">
            <button type="submit" className="btn btn-secondary">
              Tìm kiếm
            </button>
            <button type="button" className="btn btn-ghost-dark" onClick={onClear}>
              Xóa bộ lọc
            </button>
          </div>
          <details
            className="more-filters"
            open={filtersOpen}
            onToggle={(e) => setFiltersOpen(e.currentTarget.open)}
          >
            <summary>Lọc theo trạng thái, thủ tục, ngày nhận</summary>
            <div className="more-filters-body">
              <SelectField label="Trạng thái" value={state} onValue={setState}>
                <option value="">— Tất cả —</option>
                {DOSSIER_STATES.map((s) => (
                  <option key={s} value={s}>
                    {DOSSIER_STATE_LABELS[s]}
                  </option>
                ))}
              </SelectField>
              <SelectField label="Thủ tục" value={procedureCode} onValue={setProcedureCode}>
                <option value="">— Tất cả thủ tục —</option>
                {(procedures.data?.items ?? []).map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.code} — {p.name}
                  </option>
                ))}
              </SelectField>
              <DateField
                label="Từ ngày"
                value={from}
                onValue={setFrom}
                error={formError.from}
                hint="Ngày nhận hồ sơ."
              />
              <DateField label="Đến ngày" value={to} onValue={setTo} error={formError.to} hint="dd/mm/yyyy" />
            </div>
          </details>
        </form>
        <LoadError error={list.error} onRetry={list.reload} />
        <DossierList
          items={list.items}
          empty={
            !list.loading && !list.error && list.items.length === 0 ? 'Không có hồ sơ nào phù hợp.' : null
          }
        />
        <LoadMore
          count={list.items.length}
          hasMore={list.hasMore}
          loading={list.loading}
          onMore={list.loadMore}
        />
      </TabPanel>
    </section>
  );
}
