export * from './audit.js';
export * from './auth.js';
export * from './calendar.js';
export * from './common.js';
export * from './dossiers.js';
export * from './tokens.js';
export * from './units.js';
export * from './users.js';
