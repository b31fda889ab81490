export { formatKronor, formatNumber, formatPercent } from "./money";
export { formatDate, todayInStockholm, isIsoDate, daysInMonth } from "./date";
export { NOUNS, characterCount, type CharacterCountText, type Forms, formatCharacterLimit, formatCount, formatCountOf, formatFindingCounts, formatInteger, formatSeverityCounts, joinList, plural } from "./count";
export { clipAtWord, endSentence, inSentence, joinSentences, labelledMessage, startSentence } from "./sentence";
