import type { ProcedureDetail } from '../../contract/dossiers.js';
import { localDateOf } from '../../domain/time/local-date.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { presentProcedureDetail, procedureInForce } from './repository.js';

/** The version of a procedure in force today (public: the catalog is public information). */
export async function getProcedure(deps: Deps, code: string): Promise<ProcedureDetail> {
  const row = await procedureInForce(deps.database.db, code, localDateOf(deps.clock.now().getTime()));
  if (!row) throw notFound('Không tìm thấy thủ tục hành chính đang có hiệu lực với mã này');
  return presentProcedureDetail(row);
}
