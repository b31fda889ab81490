export { formatKronor, formatNumber, formatPercent } from "./money";
export { formatDate, todayInStockholm, isIsoDate, daysInMonth } from "./date";
