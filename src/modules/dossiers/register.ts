// Sổ theo dõi hồ sơ (Mẫu 06): the register of dossiers received by a unit over a period, as a PDF.
// Bounded to 5,000 dossiers per document (about 250 pages); longer periods are printed month by month
// (or downloaded as the streamed xlsx, register-file.ts).
import { renderTrackingRegister } from '../../documents/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { formHeader } from './form-header.js';
import { boundedRegisterRows, type RegisterInput, registerScope } from './register-rows.js';

export async function renderRegister(deps: Deps, ctx: RequestContext, input: RegisterInput) {
  const { db } = deps.database;
  const scope = await registerScope(db, ctx, input);
  const rows = await boundedRegisterRows(db, scope);
  return renderTrackingRegister({
    header: await formHeader(db, scope.unit, deps.clock.now()),
    period: { from: scope.from, to: new Date(scope.to.getTime() - 1) },
    rows,
  });
}
