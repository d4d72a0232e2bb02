export {
  formatCurrency,
  formatDate,
  formatDateTime,
  formatLocalDate,
  formatNumber,
  formatPercent,
  type NumberFormatOptions,
  type PercentFormatOptions,
  parseDateVi,
  VIETNAM_UTC_OFFSET_MS,
} from './vi.js';
