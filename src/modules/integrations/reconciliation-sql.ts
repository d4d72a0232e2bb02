// The SQL of reconciliation with source systems (ADR 0015). Parameters: $1 unit ids (uuid[]), $2 and $3
// the period [start, end) on the source's receipt instant. CTEs:
//   src      sources serving at least one of the units;
//   links    each source's links of the period: the source's view (dossier_sources) beside MotCua's
//            (the dossier row) and the national portal's (the link of a national_portal source, if any);
//   procs    the procedures each source sent in the period;
//   missing  dossiers of the period in the source's units that the source never sent, for the procedures
//            it sends (all procedures for the national portal, which should know every dossier);
//   rej      records the source sent that were rejected and never accepted since (missing in MotCua).
// The status and date tests here are the SQL form of differencesOf() in domain/integrations: a date only
// one side has is no date difference, dates are compared to the minute.

/** oneSource: restrict to the source $4. */
function reconciliationCte(oneSource: boolean) {
  return `
WITH src AS (
  SELECT s.id, s.code, s.kind, array_agg(su.unit_id) AS units
    FROM integration_sources s
    JOIN integration_source_units su ON su.source_id = s.id
   WHERE su.unit_id = ANY($1::uuid[])${oneSource ? ' AND s.id = $4' : ''}
   GROUP BY s.id
),
links AS (
  SELECT ds.source_id, ds.external_code, ds.source_status, ds.source_received_at, ds.source_due_at,
         ds.source_finished_at, d.id AS dossier_id, d.code AS dossier_code, d.unit_id, d.owner_name,
         d.procedure_code, d.national_status, d.received_at, d.due_at, d.finished_at,
         (SELECT p.source_status FROM dossier_sources p JOIN integration_sources ps ON ps.id = p.source_id
           WHERE p.dossier_id = d.id AND ps.kind = 'national_portal'
           ORDER BY p.source_stamp DESC, p.source_status DESC LIMIT 1) AS portal_status,
         ds.source_status <> d.national_status AS status_differs,
         coalesce(date_trunc('minute', ds.source_received_at) <> date_trunc('minute', d.received_at)
               OR date_trunc('minute', ds.source_due_at) <> date_trunc('minute', d.due_at)
               OR date_trunc('minute', ds.source_finished_at) <> date_trunc('minute', d.finished_at),
               false) AS dates_differ
    FROM src
    JOIN dossier_sources ds ON ds.source_id = src.id
    JOIN dossiers d ON d.id = ds.dossier_id
   WHERE d.unit_id = ANY($1::uuid[])
     AND ds.source_received_at >= $2 AND ds.source_received_at < $3
),
procs AS (SELECT DISTINCT source_id, procedure_code FROM links),
missing AS (
  SELECT src.id AS source_id, d.id AS dossier_id, d.code AS dossier_code, d.unit_id, d.owner_name,
         d.national_status, d.received_at, d.due_at, d.finished_at,
         (SELECT p.source_status FROM dossier_sources p JOIN integration_sources ps ON ps.id = p.source_id
           WHERE p.dossier_id = d.id AND ps.kind = 'national_portal'
           ORDER BY p.source_stamp DESC, p.source_status DESC LIMIT 1) AS portal_status
    FROM src
    JOIN dossiers d ON d.unit_id = ANY(src.units)
   WHERE d.unit_id = ANY($1::uuid[])
     AND d.received_at >= $2 AND d.received_at < $3
     AND (src.kind = 'national_portal'
          OR EXISTS (SELECT 1 FROM procs WHERE procs.source_id = src.id AND procs.procedure_code = d.procedure_code))
     AND NOT EXISTS (SELECT 1 FROM dossier_sources x WHERE x.dossier_id = d.id AND x.source_id = src.id)
),
rej AS (
  SELECT r.source_id, r.external_code, r.unit_id, r.status, r.received_at, r.code, r.reason
    FROM src
    JOIN integration_rejections r ON r.source_id = src.id
   WHERE r.unit_id = ANY($1::uuid[])
     AND coalesce(r.received_at, r.rejected_at) >= $2 AND coalesce(r.received_at, r.rejected_at) < $3
)`;
}

/** Rows (source_id, side, status, n): side 'source' | 'motcua' | 'portal' or a difference kind. */
export const RECONCILIATION_COUNTS_SQL = `${reconciliationCte(false)}
SELECT source_id, side, status, count(*)::int AS n FROM (
  SELECT source_id, 'source' AS side, source_status::int AS status FROM links
  UNION ALL SELECT source_id, 'motcua', national_status::int FROM links
  UNION ALL SELECT source_id, 'portal', portal_status::int FROM links WHERE portal_status IS NOT NULL
  UNION ALL SELECT source_id, 'source', status::int FROM rej
  UNION ALL SELECT source_id, 'motcua', national_status::int FROM missing
  UNION ALL SELECT source_id, 'portal', portal_status::int FROM missing WHERE portal_status IS NOT NULL
  UNION ALL SELECT source_id, 'status_behind', NULL FROM links WHERE status_differs
  UNION ALL SELECT source_id, 'date_differs', NULL FROM links WHERE dates_differ
  UNION ALL SELECT source_id, 'missing_in_motcua', NULL FROM rej
  UNION ALL SELECT source_id, 'missing_in_source', NULL FROM missing
) x
GROUP BY source_id, side, status`;

/**
 * One page of the differing dossiers of one source ($4 its id), keyset on (sort_code, kind_rank):
 * $5 the last sort code, $6 the last rank (NULLs for the first page), $7 the page size + 1, $8 an
 * optional kind filter (NULL for all).
 */
export const RECONCILIATION_DIFFERENCES_SQL = `${reconciliationCte(true)},
diffs AS (
  SELECT external_code AS sort_code, 1 AS kind_rank, 'missing_in_motcua' AS kind, external_code,
         NULL::uuid AS dossier_id, NULL::text AS dossier_code, unit_id, NULL::text AS owner_name,
         status::int AS source_status, NULL::int AS motcua_status,
         received_at AS source_received_at, NULL::timestamptz AS source_due_at,
         NULL::timestamptz AS source_finished_at,
         NULL::timestamptz AS received_at, NULL::timestamptz AS due_at, NULL::timestamptz AS finished_at,
         reason AS rejection_reason
    FROM rej WHERE source_id = $4
  UNION ALL
  SELECT dossier_code, 2, 'missing_in_source', NULL, dossier_id, dossier_code, unit_id, owner_name,
         NULL, national_status::int, NULL, NULL, NULL, received_at, due_at, finished_at, NULL
    FROM missing WHERE source_id = $4
  UNION ALL
  SELECT external_code, 3, CASE WHEN status_differs THEN 'status_behind' ELSE 'date_differs' END,
         external_code, dossier_id, dossier_code, unit_id, owner_name, source_status::int,
         national_status::int, source_received_at, source_due_at, source_finished_at, received_at,
         due_at, finished_at, NULL
    FROM links WHERE source_id = $4 AND (status_differs OR dates_differ)
      AND ($8::text IS NULL OR ($8 = 'status_behind' AND status_differs) OR ($8 = 'date_differs' AND dates_differ))
)
SELECT d.*, u.code AS unit_code
  FROM diffs d LEFT JOIN units u ON u.id = d.unit_id
 WHERE ($8::text IS NULL OR d.kind = $8 OR d.kind_rank = 3)
   AND ($5::text IS NULL OR (d.sort_code, d.kind_rank) > ($5::text, $6::int))
 ORDER BY d.sort_code, d.kind_rank
 LIMIT $7`;
