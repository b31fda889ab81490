export { formatKronor, formatNumber, formatPercent } from "./money";
export { formatDate, todayInStockholm, isIsoDate, daysInMonth } from "./date";
export { NOUNS, type Forms, formatCharacterLimit, formatCount, formatCountOf, formatFindingCounts, formatInteger, joinList, plural } from "./count";
