/**
 * Pure grouping: the report of a period over a list of dossiers, one row per key and the total.
 * Rows are ordered by key; a key is listed when at least one of its dossiers is counted, or when
 * it is in `keys` (e.g. every commune of a province, so a commune without dossiers shows zeros).
 */
import { figuresOf, type Placement, placeDossier, type ReportDossier } from './classify-dossier.js';
import { addFigures, type DossierResultFigures, emptyFigures, sumFigures } from './figures.js';
import type { ReportPeriod } from './period.js';

export type ReportRow = { key: string; label: string } & DossierResultFigures;
export type ReportTable = { rows: ReportRow[]; total: DossierResultFigures };

export type KeyedDossier = { key: string; label: string; dossier: ReportDossier };

export function tallyReport(
  items: readonly KeyedDossier[],
  period: ReportPeriod,
  keys: readonly { key: string; label: string }[] = [],
): ReportTable {
  const byKey = new Map<string, ReportRow>();
  const ensure = (key: string, label: string) => {
    let row = byKey.get(key);
    if (!row) {
      row = { key, label, ...emptyFigures() };
      byKey.set(key, row);
    }
    return row;
  };
  for (const k of keys) ensure(k.key, k.label);
  for (const item of items) {
    const placement: Placement | null = placeDossier(item.dossier, period);
    if (!placement) continue;
    const row = ensure(item.key, item.label);
    Object.assign(row, addFigures(row, figuresOf(placement)));
  }
  const rows = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { rows, total: sumFigures(rows.map(figuresOnly)) };
}

/** The figures of a row without its key and label. */
export function figuresOnly(row: DossierResultFigures): DossierResultFigures {
  const { received, resolved, refused, withdrawn, stopped, inProgress, paused } = row;
  return { received, resolved, refused, withdrawn, stopped, inProgress, paused };
}
