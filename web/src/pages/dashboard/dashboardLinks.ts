// Where each dashboard figure leads: live figures to /bang-dieu-hanh/ho-so (the dashboard's own
// dossier lists), period figures to the report's drill-down /bao-cao/ho-so.
import { withQuery } from '../../api/client';
import type { DashboardFigure, DashboardListParams } from '../../api/dashboard';
import type { ReportParams } from '../../api/reports';
import { formatNumber } from '../../lib/format';

export const LIVE_FIGURE_LABELS: Record<DashboardFigure, string> = {
  received_today: 'Tiếp nhận hôm nay',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  step_overdue: 'Trễ hạn ở bước xử lý',
};

export function livePath(p: DashboardListParams & { label?: string | undefined }): string {
  return withQuery('/bang-dieu-hanh/ho-so', p);
}

export function readListParams(params: URLSearchParams): DashboardListParams | null {
  const unitCode = params.get('unitCode');
  const figure = params.get('figure') as DashboardFigure | null;
  if (!unitCode || !figure || !(figure in LIVE_FIGURE_LABELS)) return null;
  const channel = params.get('channel');
  return {
    unitCode,
    figure,
    channel: channel === 'direct' || channel === 'online' || channel === 'postal' ? channel : undefined,
    officerId: params.get('officerId') ?? undefined,
    departmentId: params.get('departmentId') ?? undefined,
  };
}

export function periodParams(t: {
  unitCode: string;
  from: string;
  to: string;
  includesChildren: boolean;
}): ReportParams {
  return {
    unitCode: t.unitCode,
    from: t.from,
    to: t.to,
    groupBy: 'field',
    includeChildren: t.includesChildren ? 'true' : 'false',
  };
}

/** 0.975 → '97,5 %'; null → '–'. */
export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${formatNumber(Math.round(rate * 1000) / 10)} %`;
}
