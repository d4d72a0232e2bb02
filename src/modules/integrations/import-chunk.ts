// One chunk of a file import, written set-based in one transaction: the valid rows are loaded into a
// temporary stage table (COPY on PostgreSQL), classified against dossier_sources and dossiers in one
// statement, then applied with a handful of INSERT … SELECT / UPDATE … FROM statements. The semantics
// are those of the inbound API (ingest-record.ts), row for row:
// - same (source, MaHoSo) and same record hash → unchanged; an older stamp → unchanged (STALE), never
//   overwriting the newer one; otherwise the link is updated and the dossier too, unless it is one of our
//   own dossiers or another source holds a newer record of it;
// - a MaHoSo known from elsewhere is linked (rejected when its unit is not one the source serves);
// - a new MaHoSo links to the one dossier of its unit with the same owner id number, procedure code and
//   receipt day that this source has not linked yet (domain/integrations/owner-match.ts; the key and the
//   day's instants are computed per row here, the candidates found in one statement); otherwise it
//   creates the dossier, its link and an `ingest` event.
// Every link written or updated keeps the source's own dates (sourceLinkDates) for reconciliation.
// The rejected rows and the job's progress (last committed line) are written in the same transaction,
// so a chunk is either entirely committed or not at all.
import { randomBytes } from 'node:crypto';
import { getTableColumns } from 'drizzle-orm';
import type { DvcRecord } from '../../contract/dvc-record.js';
import type { Database } from '../../db/database.js';
import { dossiers } from '../../db/schema.js';
import {
  type FileRecord,
  ownerMatchKey,
  type RecordStamp,
  receiptDayRange,
} from '../../domain/integrations/index.js';
import { type BulkCell, type BulkTx, inBulkTransaction } from './bulk-transaction.js';
import { EXTERNAL_PROCESS, importedDossierValues, sourceLinkDates } from './dossier-values.js';

export type StagedRow = {
  line: number;
  record: FileRecord;
  unitId: string;
  stamp: RecordStamp;
  hash: string;
};
export type RowError = { line: number; code: string | null; reason: string; errorCode: string };
export type Chunk = {
  lastLine: number;
  bytes: number;
  /** Rows read in this chunk (valid or not). */
  rows: number;
  staged: StagedRow[];
  errors: RowError[];
  /** Older duplicates of a MaHoSo inside the chunk (the newest one is staged). */
  stale: number;
  /** Rows identical to the record already stored for their MaHoSo, dropped before staging. */
  identical?: number;
  /** External catalog entries created for this chunk's unknown procedure codes. */
  proceduresCreated?: number;
};
export type ChunkCounts = { accepted: number; unchanged: number; rejected: number };
export type ImportTarget = {
  jobId: string;
  source: { id: string; code: string; name: string };
  now: Date;
  procedureId: (r: FileRecord) => string;
};

const DURATION = { amount: 0, unit: 'working_days', cutoff: null };
/** Keys of importedDossierValues written from parameters, not staged per row. */
const CONSTANT_KEYS = new Set(['process', 'duration', 'source', 'updatedAt']);
const columnNames = Object.fromEntries(
  Object.entries(getTableColumns(dossiers)).map(([key, col]) => [key, col.name]),
) as Record<string, string>;

function cell(v: unknown): BulkCell {
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean') return v as BulkCell;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  return JSON.stringify(v);
}

/** Stage rows: the dossier columns of importedDossierValues plus what the classification needs. */
export function stageRows(chunk: Chunk, target: ImportTarget) {
  let valueKeys: string[] | null = null;
  const rows: BulkCell[][] = [];
  // Tracking keys: 12 random bytes each = 16 base64url characters, encoded once for the chunk.
  const keys = randomBytes(12 * chunk.staged.length).toString('base64url');
  chunk.staged.forEach((s, i) => {
    const values = importedDossierValues(s.record as DvcRecord, {
      unitId: s.unitId,
      procedureId: target.procedureId(s.record),
      sourceCode: target.source.code,
      stampAt: s.stamp.at,
      now: target.now,
    }) as Record<string, unknown>;
    valueKeys ??= Object.keys(values).filter((k) => !CONSTANT_KEYS.has(k));
    const dates = sourceLinkDates(s.record as DvcRecord, s.stamp.at);
    const key = ownerMatchKey({
      unitId: s.unitId,
      ownerIdNumber: s.record.SoGiayToChuHoSo,
      procedureCode: s.record.MaTTHC,
      receivedAt: s.record.NgayTiepNhan,
    });
    const day = key ? receiptDayRange(key) : null;
    const row: BulkCell[] = [
      s.line,
      s.record.MaHoSo,
      s.hash,
      new Date(s.stamp.at).toISOString(),
      s.stamp.status,
      keys.slice(i * 16, i * 16 + 16),
      cell(dates.sourceReceivedAt),
      cell(dates.sourceDueAt),
      cell(dates.sourceFinishedAt),
      key?.ownerIdNumber ?? null,
      key?.procedureCode ?? null,
      cell(day?.from),
      cell(day?.to),
    ];
    for (const k of valueKeys) row.push(cell(values[k]));
    rows.push(row);
  });
  const valueColumns = (valueKeys ?? []).map((k) => {
    const name = columnNames[k];
    if (!name) throw new Error(`importedDossierValues: no dossiers column for ${k}`);
    return name;
  });
  return { rows, valueColumns };
}

const STAGE_HEAD = [
  'line',
  'code',
  'hash',
  'stamp',
  'status',
  'tracking_key',
  'src_received',
  'src_due',
  'src_finished',
  'match_owner',
  'match_procedure',
  'match_from',
  'match_to',
];

async function classify(tx: BulkTx, valueColumns: string[], sourceId: string) {
  await tx.query(
    `CREATE TEMP TABLE import_raw ON COMMIT DROP AS
       SELECT code, tracking_key, ${valueColumns.join(', ')} FROM dossiers WITH NO DATA`,
  );
  await tx.query(
    `ALTER TABLE import_raw ADD COLUMN line integer, ADD COLUMN hash text, ADD COLUMN stamp timestamptz,
       ADD COLUMN status smallint, ADD COLUMN src_received timestamptz, ADD COLUMN src_due timestamptz,
       ADD COLUMN src_finished timestamptz, ADD COLUMN match_owner text, ADD COLUMN match_procedure text,
       ADD COLUMN match_from timestamptz, ADD COLUMN match_to timestamptz`,
  );
  // CREATE TABLE … AS takes no parameters: the source id (a uuid read from the database) is inlined.
  const src = sqlText(sourceId);
  // The newest record of the known dossier k held by another source (a record applies only when newer).
  const OTHER_SOURCE = `LEFT JOIN LATERAL (
           SELECT x.source_stamp, x.source_status FROM dossier_sources x
            WHERE x.dossier_id = k.id AND x.source_id <> ${src}
            ORDER BY x.source_stamp DESC, x.source_status DESC LIMIT 1) o ON true`;
  return async (rows: BulkCell[][]) => {
    await tx.load('import_raw', [...STAGE_HEAD, ...valueColumns], rows);
    // Temporary tables have no statistics until analysed: without them the planner takes a chunk for one
    // row and joins it by nested loops over itself (25,000 × 25,000 rows: minutes per chunk).
    await tx.query('ANALYZE import_raw (line, code)');
    // The classification of every row by its MaHoSo in one statement (see the file header); the dossier
    // values stay in import_raw, joined by line where they are written.
    await tx.query(
      `CREATE TEMP TABLE import_stage ON COMMIT DROP AS
       SELECT r.line, r.code, r.hash, r.stamp, r.status, r.tracking_key, r.unit_id, r.state, r.national_status,
              r.src_received, r.src_due, r.src_finished, r.match_owner, r.match_procedure, r.match_from, r.match_to,
              l.dossier_id AS link_id, k.id AS known_id, k.unit_id AS known_unit, k.source AS known_source,
              k.state AS known_state, k.national_status AS known_national, k.version AS known_version,
              CASE
                WHEN l.dossier_id IS NOT NULL AND l.record_hash = r.hash THEN 'same'
                WHEN l.dossier_id IS NOT NULL AND (r.stamp, r.status) < (l.source_stamp, l.source_status) THEN 'stale'
                WHEN l.dossier_id IS NOT NULL THEN 'update'
                WHEN k.id IS NOT NULL AND NOT EXISTS (
                  SELECT 1 FROM integration_source_units su WHERE su.source_id = ${src} AND su.unit_id = k.unit_id)
                  THEN 'outside'
                WHEN k.id IS NOT NULL THEN 'link'
                ELSE 'new'
              END AS kind,
              o.source_stamp AS other_stamp, o.source_status AS other_status,
              CASE WHEN l.dossier_id IS NULL AND k.id IS NULL THEN gen_random_uuid() END AS new_id
         FROM import_raw r
         -- LATERAL … LIMIT 1: index lookups per row, never a scan of the source's links or of dossiers.
         LEFT JOIN LATERAL (
           SELECT l.dossier_id, l.record_hash, l.source_stamp, l.source_status FROM dossier_sources l
            WHERE l.source_id = ${src} AND l.external_code = r.code LIMIT 1) l ON true
         LEFT JOIN LATERAL (
           SELECT k.id, k.unit_id, k.source, k.state, k.national_status, k.version FROM dossiers k
            WHERE k.id = COALESCE(l.dossier_id, (SELECT c.id FROM dossiers c WHERE c.code = r.code)) LIMIT 1) k ON true
         ${OTHER_SOURCE}`,
    );
    await tx.query('ANALYZE import_stage (line, kind, known_id, link_id)');
    // Owner matches (pickOwnerMatch, set-based) of the rows still new: exactly one candidate of the row's
    // unit with the same owner id number, procedure and receipt day that this source has not linked. One
    // write per dossier per chunk, as the API's batch: a candidate another row names by its MaHoSo is
    // left to that row, and of several rows matching one candidate the first line links (the later ones
    // then see it linked to this source: new dossiers). Each step is its own analysed table, so that no
    // plan ever loops over the chunk once per row.
    await tx.query(
      `CREATE TEMP TABLE import_owner_single ON COMMIT DROP AS
       SELECT s.line, min(c.id::text)::uuid AS dossier_id
         FROM import_stage s
         JOIN dossiers c ON c.owner_id_number = s.match_owner AND c.procedure_code = s.match_procedure
                        AND c.received_at >= s.match_from AND c.received_at < s.match_to AND c.unit_id = s.unit_id
        WHERE s.kind = 'new' AND s.match_owner IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM dossier_sources x WHERE x.dossier_id = c.id AND x.source_id = ${src})
        GROUP BY s.line HAVING count(*) = 1`,
    );
    await tx.query('ANALYZE import_owner_single (line, dossier_id)');
    await tx.query(
      `UPDATE import_stage s
          SET kind = 'link', new_id = NULL, known_id = k.id, known_unit = k.unit_id, known_source = k.source,
              known_state = k.state, known_national = k.national_status, known_version = k.version,
              other_stamp = o.source_stamp, other_status = o.source_status
         FROM (SELECT DISTINCT ON (m.dossier_id) m.line, m.dossier_id
                 FROM import_owner_single m
                WHERE NOT EXISTS (SELECT 1 FROM import_stage n WHERE n.known_id = m.dossier_id AND n.link_id IS NULL)
                ORDER BY m.dossier_id, m.line) m
         JOIN dossiers k ON k.id = m.dossier_id
         ${OTHER_SOURCE}
        WHERE s.line = m.line`,
    );
  };
}

/** Stage, classification and writes of the chunk's valid rows; the number of rows of each kind. */
async function writeStaged(
  tx: BulkTx,
  target: ImportTarget,
  staged: { rows: BulkCell[][]; valueColumns: string[] },
): Promise<{ kind: string; n: number }[]> {
  const { rows, valueColumns } = staged;
  const { source, now, jobId } = target;
  const nowIso = now.toISOString();
  const load = await classify(tx, valueColumns, source.id);
  await load(rows);
  const apply = `((s.kind = 'update' AND s.known_source <> 'motcua'
                   AND (s.other_stamp IS NULL OR (s.stamp, s.status) >= (s.other_stamp, s.other_status)))
               OR (s.kind = 'link' AND s.known_source <> 'motcua'
                   AND (s.other_stamp IS NULL OR (s.stamp, s.status) > (s.other_stamp, s.other_status))))`;
  const event = (at: string, note: string) =>
    `${at}::timestamptz, 'ingest', NULL, ${sqlText(source.name)}, ${note},
     jsonb_build_object('source', ${sqlText(source.code)}, 'externalCode', s.code, 'status', s.status)`;
  // Links: newer records update theirs (compare-and-set on the stamp), known dossiers get one.
  await tx.query(
    `UPDATE dossier_sources l SET source_stamp = s.stamp, source_status = s.status, record_hash = s.hash,
            updated_at = $2::timestamptz, source_received_at = s.src_received, source_due_at = s.src_due,
            source_finished_at = s.src_finished
       FROM import_stage s
      WHERE s.kind = 'update' AND l.source_id = $1 AND l.external_code = s.code
        AND (l.source_stamp, l.source_status) <= (s.stamp, s.status)`,
    [source.id, nowIso],
  );
  await tx.query(
    `INSERT INTO dossier_sources (dossier_id, source_id, external_code, source_stamp, source_status, record_hash, updated_at,
                                  source_received_at, source_due_at, source_finished_at)
     SELECT s.known_id, $1, s.code, s.stamp, s.status, s.hash, $2::timestamptz, s.src_received, s.src_due, s.src_finished
       FROM import_stage s
      WHERE s.kind = 'link' ON CONFLICT DO NOTHING`,
    [source.id, nowIso],
  );
  // Dossiers the record applies to (compare-and-set on their version), with their event.
  const set = valueColumns.map((c) => `${c} = v.${c}`).join(', ');
  await tx.query(
    `WITH applied AS (
       UPDATE dossiers d SET ${set}, process = $2::jsonb, duration = $3::jsonb, updated_at = $1::timestamptz,
              version = d.version + 1
         FROM import_stage s JOIN import_raw v ON v.line = s.line
        WHERE ${apply} AND d.id = s.known_id AND d.version = s.known_version
        RETURNING d.id, d.unit_id, d.state, d.national_status, s.known_state, s.code, s.status)
     INSERT INTO dossier_events (dossier_id, unit_id, from_state, to_state, national_status, at, action, actor_id,
                                 actor_name, note, data)
     SELECT s.id, s.unit_id, s.known_state, s.state, s.national_status, ${event('$1', sqlText(`Cập nhật từ ${source.name}`))}
       FROM applied s`,
    [nowIso, JSON.stringify(EXTERNAL_PROCESS), JSON.stringify(DURATION)],
  );
  await tx.query(
    `INSERT INTO dossier_events (dossier_id, unit_id, from_state, to_state, national_status, at, action, actor_id,
                                 actor_name, note, data)
     SELECT s.known_id, s.known_unit, s.known_state, s.known_state, s.known_national,
            ${event('$1', sqlText(`Liên kết với hồ sơ của ${source.name}`))}
       FROM import_stage s WHERE s.kind = 'link' AND NOT ${apply}`,
    [nowIso],
  );
  // New dossiers, their links and events.
  const cols = valueColumns.join(', ');
  await tx.query(
    `WITH created AS (
       INSERT INTO dossiers (id, code, source, tracking_key, version, created_at, updated_at, process, duration, ${cols})
       SELECT s.new_id, s.code, $1, s.tracking_key, 1, $2::timestamptz, $2::timestamptz, $3::jsonb, $4::jsonb,
              ${valueColumns.map((c) => `v.${c}`).join(', ')}
         FROM import_stage s JOIN import_raw v ON v.line = s.line WHERE s.kind = 'new'
       RETURNING id),
     linked AS (
       INSERT INTO dossier_sources (dossier_id, source_id, external_code, source_stamp, source_status, record_hash, updated_at,
                                    source_received_at, source_due_at, source_finished_at)
       SELECT s.new_id, $5::uuid, s.code, s.stamp, s.status, s.hash, $2::timestamptz, s.src_received, s.src_due,
              s.src_finished
         FROM import_stage s JOIN created c ON c.id = s.new_id)
     INSERT INTO dossier_events (dossier_id, unit_id, from_state, to_state, national_status, at, action, actor_id,
                                 actor_name, note, data)
     SELECT s.new_id, s.unit_id, NULL, s.state, s.national_status, ${event('$2', sqlText(`Nhận từ ${source.name}`))}
       FROM import_stage s JOIN created c ON c.id = s.new_id`,
    [source.code, nowIso, JSON.stringify(EXTERNAL_PROCESS), JSON.stringify(DURATION), source.id],
  );
  await tx.query(
    `INSERT INTO import_job_errors (job_id, line, external_code, code, reason)
     SELECT $1, s.line, s.code, 'DOSSIER_OUTSIDE_SOURCE',
            'Mã hồ sơ đã có ở một đơn vị mà hệ thống nguồn không phục vụ'
       FROM import_stage s WHERE s.kind = 'outside'`,
    [jobId],
  );
  return tx.query<{ kind: string; n: number }>(
    'SELECT kind, count(*)::int AS n FROM import_stage GROUP BY kind',
  );
}

/**
 * Drops the rows whose record is identical to the one stored for their MaHoSo (one indexed lookup for
 * the chunk, as the API does before its transaction): a re-import of known rows stages nothing.
 */
export async function dropIdentical(database: Database, sourceId: string, chunk: Chunk): Promise<Chunk> {
  if (!chunk.staged.length) return chunk;
  const rows = await database.query<{ code: string; hash: string }>(
    `SELECT external_code AS code, record_hash AS hash FROM dossier_sources
      WHERE source_id = $1 AND external_code IN (SELECT json_array_elements_text($2::json))`,
    [sourceId, JSON.stringify(chunk.staged.map((s) => s.record.MaHoSo))],
  );
  if (!rows.length) return chunk;
  const known = new Map(rows.map((r) => [r.code, r.hash]));
  const staged = chunk.staged.filter((s) => known.get(s.record.MaHoSo) !== s.hash);
  return { ...chunk, staged, identical: chunk.staged.length - staged.length };
}

export async function writeChunk(
  database: Database,
  target: ImportTarget,
  chunk: Chunk,
): Promise<(ChunkCounts & { skipped: boolean }) | null> {
  const { rows, valueColumns } = stageRows(chunk, target);
  const { source, now, jobId } = target;
  const nowIso = now.toISOString();
  return inBulkTransaction(database, async (tx) => {
    // The job row is the lock: two runs of the same file never write the same chunk.
    const [job] = await tx.query<{ committed_line: number }>(
      'SELECT committed_line FROM import_jobs WHERE id = $1 FOR UPDATE',
      [jobId],
    );
    if (!job) return null;
    if (job.committed_line >= chunk.lastLine)
      return { accepted: 0, unchanged: 0, rejected: 0, skipped: true };
    // Rejections: the rows of the chunk that failed the record rules, and MaHoSo outside the source.
    await tx.load(
      'import_job_errors',
      ['job_id', 'line', 'external_code', 'code', 'reason'],
      chunk.errors.map((e) => [jobId, e.line, e.code, e.errorCode, e.reason]),
    );
    const kinds = rows.length ? await writeStaged(tx, target, { rows, valueColumns }) : [];
    const n = (k: string) => kinds.find((x) => x.kind === k)?.n ?? 0;
    const counts = {
      accepted: n('new') + n('update') + n('link'),
      unchanged: n('same') + n('stale') + chunk.stale + (chunk.identical ?? 0),
      rejected: n('outside') + chunk.errors.length,
    };
    await tx.query(
      `UPDATE import_jobs SET committed_line = $2, bytes_done = $3, rows = rows + $4, accepted = accepted + $5,
              unchanged = unchanged + $6, rejected = rejected + $7, updated_at = $8::timestamptz,
              procedures_created = procedures_created + $9
        WHERE id = $1`,
      [
        jobId,
        chunk.lastLine,
        chunk.bytes,
        chunk.rows,
        counts.accepted,
        counts.unchanged,
        counts.rejected,
        nowIso,
        chunk.proceduresCreated ?? 0,
      ],
    );
    await tx.query(
      `UPDATE integration_sources SET last_contact_at = $2::timestamptz, accepted_count = accepted_count + $3,
              rejected_count = rejected_count + $4 WHERE id = $1`,
      [source.id, nowIso, counts.accepted, counts.rejected],
    );
    return { ...counts, skipped: false };
  });
}

/** A string literal for SQL text built here (source names are user data: quotes are doubled). */
function sqlText(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
