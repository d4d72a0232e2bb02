/**
 * Report formulas — pure: no database, no clock. The dossier-results report (figures, placement of
 * one dossier in a period, grouping, invariant), the layout models of Biểu II.06a, II.06b and II.07b on one
 * statistical-form frame, and period presets.
 */
export * from './classify-dossier.js';
export * from './figures.js';
export * from './form-ii06a.js';
export * from './form-ii06b.js';
export * from './form-ii07b.js';
export * from './index-766.js';
export * from './indicator-targets.js';
export * from './indicators.js';
export * from './labels.js';
export * from './period.js';
export * from './periods.js';
export * from './statistical-form.js';
export * from './tally.js';
