// The indicator report as the Word narrative draft: the JSON report's figures in the
// administrative-report layout (src/domain/reports/indicator-narrative.ts), dated today.
import { eq } from 'drizzle-orm';
import { units } from '../../db/schema.js';
import { renderIndicatorsDocx } from '../../documents/reports/indicators-docx.js';
import { toLocalDate } from '../../domain/calendar/time.js';
import { buildIndicatorNarrative } from '../../domain/reports/indicator-narrative.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { type IndicatorReportInput, indicatorReport } from './indicator-report.js';

export async function exportIndicatorsDocx(
  deps: Deps,
  ctx: RequestContext,
  input: IndicatorReportInput & { addressee?: string | undefined; place?: string | undefined },
): Promise<{ name: string; content: Buffer }> {
  const report = await indicatorReport(deps, ctx, input);
  const [unit] = await deps.database.db.select().from(units).where(eq(units.code, report.unitCode));
  const [parent] = unit?.parentId
    ? await deps.database.db.select().from(units).where(eq(units.id, unit.parentId))
    : [];
  const narrative = buildIndicatorNarrative({
    report,
    superior: `UBND ${report.unitName}`,
    issuer: unit?.centerName ?? 'Trung tâm Phục vụ hành chính công',
    place: input.place ?? report.unitName,
    date: toLocalDate(deps.clock.now().getTime()),
    addressee: input.addressee ?? (parent ? `Ủy ban nhân dân ${parent.name}` : 'Lãnh đạo Ủy ban nhân dân'),
  });
  return {
    name: `bao-cao-chi-tieu-${report.unitCode}-${report.from}-${report.to}.docx`,
    content: await renderIndicatorsDocx(narrative),
  };
}
