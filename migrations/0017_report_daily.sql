-- Pre-aggregated report flows (docs/decisions/0009-report-aggregation.md, "the pre-aggregated version").
-- report_daily holds, per unit, local day (Asia/Ho_Chi_Minh) and report key, how many counted dossiers
-- were received that day and how many finished that day in each outcome bucket. The figures of a
-- period are SUMs over its days; the open stock at the end of the period comes from a live query over
-- the dossiers open then (src/modules/reports/dossier-results-fast.ts), and carriedOver follows from
-- the invariant. The table is maintained by statement-level triggers on dossiers from the rows
-- themselves (new facts minus old facts), so every writer — actions, intake, the inbound API, file
-- import, the bulk generators — keeps it exact in the same transaction, and it cannot drift.
-- The facts of one dossier mirror placeDossier() (src/domain/reports/classify-dossier.ts): counted when
-- received and not rejected at intake nor transferred; finished when finished_at is set with outcome
-- result_issued (early / on time / late by the local dates of finishing and due), refused, withdrawn
-- or stopped.

CREATE TABLE report_daily (
  unit_id         uuid NOT NULL REFERENCES units (id),
  day             date NOT NULL,
  field_code      text NOT NULL,
  procedure_code  text NOT NULL,
  channel         text NOT NULL,
  source          text NOT NULL,
  received        integer NOT NULL DEFAULT 0,
  early           integer NOT NULL DEFAULT 0,
  on_time         integer NOT NULL DEFAULT 0,
  late            integer NOT NULL DEFAULT 0,
  refused         integer NOT NULL DEFAULT 0,
  withdrawn       integer NOT NULL DEFAULT 0,
  stopped         integer NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, day, field_code, procedure_code, channel, source)
);

-- The facts of a set of dossier rows, signed (+1 for new rows, -1 for old rows), one row per
-- (key, day) and fact.
CREATE FUNCTION report_daily_facts_sql(rel text, sign int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT format($f$
    SELECT r.unit_id, f.day, r.field_code, r.procedure_code, r.channel, r.source,
           %2$s * f.received AS received, %2$s * f.early AS early, %2$s * f.on_time AS on_time,
           %2$s * f.late AS late, %2$s * f.refused AS refused, %2$s * f.withdrawn AS withdrawn,
           %2$s * f.stopped AS stopped
      FROM %1$I r
     CROSS JOIN LATERAL (
       VALUES (((r.received_at AT TIME ZONE 'UTC') + interval '7 hours')::date, 1, 0, 0, 0, 0, 0, 0),
              (((r.finished_at AT TIME ZONE 'UTC') + interval '7 hours')::date, 0,
               CASE WHEN r.outcome = 'result_issued' AND r.due_at IS NOT NULL
                     AND ((r.finished_at AT TIME ZONE 'UTC') + interval '7 hours')::date
                       < ((r.due_at AT TIME ZONE 'UTC') + interval '7 hours')::date THEN 1 ELSE 0 END,
               CASE WHEN r.outcome = 'result_issued' AND (r.due_at IS NULL
                     OR ((r.finished_at AT TIME ZONE 'UTC') + interval '7 hours')::date
                      = ((r.due_at AT TIME ZONE 'UTC') + interval '7 hours')::date) THEN 1 ELSE 0 END,
               CASE WHEN r.outcome = 'result_issued' AND r.due_at IS NOT NULL
                     AND ((r.finished_at AT TIME ZONE 'UTC') + interval '7 hours')::date
                       > ((r.due_at AT TIME ZONE 'UTC') + interval '7 hours')::date THEN 1 ELSE 0 END,
               CASE WHEN r.outcome = 'refused' THEN 1 ELSE 0 END,
               CASE WHEN r.outcome = 'withdrawn' THEN 1 ELSE 0 END,
               CASE WHEN r.outcome = 'stopped' THEN 1 ELSE 0 END)
     ) AS f (day, received, early, on_time, late, refused, withdrawn, stopped)
     WHERE r.received_at IS NOT NULL
       AND (r.outcome IS NULL OR r.outcome NOT IN ('rejected_at_intake', 'transferred'))
       AND f.day IS NOT NULL
       AND (f.received = 1 OR r.outcome IN ('result_issued', 'refused', 'withdrawn', 'stopped'))
  $f$, rel, sign)
$$;

-- Adds the signed facts of the transition tables to report_daily, in key order (a stable lock order).
CREATE FUNCTION report_daily_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  parts text[] := ARRAY[]::text[];
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN parts := parts || report_daily_facts_sql('new_rows', 1); END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN parts := parts || report_daily_facts_sql('old_rows', -1); END IF;
  EXECUTE format($q$
    INSERT INTO report_daily AS t (unit_id, day, field_code, procedure_code, channel, source,
                                   received, early, on_time, late, refused, withdrawn, stopped)
    SELECT unit_id, day, field_code, procedure_code, channel, source,
           sum(received), sum(early), sum(on_time), sum(late), sum(refused), sum(withdrawn), sum(stopped)
      FROM (%s) AS facts
     GROUP BY unit_id, day, field_code, procedure_code, channel, source
    HAVING sum(received) <> 0 OR sum(early) <> 0 OR sum(on_time) <> 0 OR sum(late) <> 0
        OR sum(refused) <> 0 OR sum(withdrawn) <> 0 OR sum(stopped) <> 0
     ORDER BY unit_id, day, field_code, procedure_code, channel, source
    ON CONFLICT (unit_id, day, field_code, procedure_code, channel, source) DO UPDATE
       SET received = t.received + EXCLUDED.received,
           early = t.early + EXCLUDED.early,
           on_time = t.on_time + EXCLUDED.on_time,
           late = t.late + EXCLUDED.late,
           refused = t.refused + EXCLUDED.refused,
           withdrawn = t.withdrawn + EXCLUDED.withdrawn,
           stopped = t.stopped + EXCLUDED.stopped
  $q$, array_to_string(parts, ' UNION ALL '));
  RETURN NULL;
END
$$;

CREATE TRIGGER dossiers_report_daily_insert AFTER INSERT ON dossiers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_daily_apply();
CREATE TRIGGER dossiers_report_daily_update AFTER UPDATE ON dossiers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_daily_apply();
CREATE TRIGGER dossiers_report_daily_delete AFTER DELETE ON dossiers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_daily_apply();

-- The facts of the dossiers that already exist.
DO $$
BEGIN
  EXECUTE format($q$
    INSERT INTO report_daily (unit_id, day, field_code, procedure_code, channel, source,
                              received, early, on_time, late, refused, withdrawn, stopped)
    SELECT unit_id, day, field_code, procedure_code, channel, source,
           sum(received), sum(early), sum(on_time), sum(late), sum(refused), sum(withdrawn), sum(stopped)
      FROM (%s) AS facts
     GROUP BY unit_id, day, field_code, procedure_code, channel, source
  $q$, report_daily_facts_sql('dossiers', 1));
END
$$;
