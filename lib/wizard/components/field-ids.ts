/** DOM id of an answer's input; error summaries and findings link here. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[.[\]]+/g, "-").replace(/-$/, "")}`;
}

export function errorId(path: string): string {
  return `${fieldId(path)}-fel`;
}

export function helpId(path: string): string {
  return `${fieldId(path)}-hjalp`;
}

/** DOM id of the note that an answer was taken in from a save made elsewhere. */
export function takenId(path: string): string {
  return `${fieldId(path)}-hamtat`;
}

/** DOM id of the findings shown beside an answer. */
export function findingsId(path: string): string {
  return `${fieldId(path)}-anmarkningar`;
}

/** DOM id of the panel with both versions of answers changed in two places at once. */
export const CONFLICTS_ID = "konflikter";
