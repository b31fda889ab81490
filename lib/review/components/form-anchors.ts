// Where the review page's on-demand forms live: the id each is rendered under and the address
// that opens it without JavaScript (?kommentera=… or ?besluta=…, then the fragment). The toggles
// compute these in the browser too, so the page's payload need not carry an address per form.

import { SCRIPTED_FIELD } from "@/lib/forms/scripted";
import { SAVED_AT_PARAM, SAVED_PARAM } from "../saved";

export type AnchorKind = "ANSWER" | "FINDING" | "CLAUSE";

/** The value of ?kommentera= that opens the new-comment form on one answer, finding or clause. */
export function commentTarget(anchorKind: AnchorKind, anchor: string): string {
  return `${anchorKind.toLowerCase()}:${anchor}`;
}

/** The id of the block that holds an anchor's threads and its new-comment form. */
export function commentFormId(anchorKind: AnchorKind, anchor: string): string {
  return `kommentera-${commentTarget(anchorKind, anchor).replace(":", "-")}`;
}

/**
 * The page as it is shown now with no form open, where a form's "Avbryt" leads without JavaScript
 * (the form's link's fragment, so the page opens where the form stood).
 */
export function withoutFormHref(pathname: string, current: URLSearchParams | null | undefined, fragment: string): string {
  const params = new URLSearchParams(current ?? undefined);
  params.delete("kommentera");
  params.delete("besluta");
  params.delete(SAVED_PARAM);
  params.delete(SAVED_AT_PARAM);
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ""}#${fragment}`;
}

/**
 * The page as it is shown now (its part and step, ?del= and ?steg=) with one form open: the form
 * stands where its link does. Another form asked for before is closed, and what the page said
 * of a save (?sparat=) is not said again.
 */
function withForm(current: URLSearchParams | null | undefined, name: "kommentera" | "besluta", value: string): string {
  const params = new URLSearchParams(current ?? undefined);
  params.delete("kommentera");
  params.delete("besluta");
  params.delete(SAVED_PARAM);
  params.delete(SAVED_AT_PARAM);
  params.set(name, value);
  return `?${params.toString()}`;
}

export function commentFormHref(anchorKind: AnchorKind, anchor: string, current?: URLSearchParams | null): string {
  return `${withForm(current, "kommentera", commentTarget(anchorKind, anchor))}#${commentFormId(anchorKind, anchor)}`;
}

/** The id of a finding's decision on the review page (?besluta=…#id): finding keys hold characters ("@", "#", ",") that an id in a URL fragment cannot. */
export function decisionFormId(findingKey: string): string {
  return `besluta-${findingKey.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}

export function decisionFormHref(findingKey: string, current?: URLSearchParams | null): string {
  return `${withForm(current, "besluta", findingKey)}#${decisionFormId(findingKey)}`;
}

/**
 * Hidden fields a review form sends its server action besides its own. SCRIPTED is there only
 * once the page's JavaScript runs (the form then shows the outcome in place); a form posted
 * without it is answered with a redirect to where the result stands (Post/Redirect/Get), so that
 * reloading that page does not post the form again. PAGE is the path the form stands on, for a
 * form shown on more than one page (a thread's reply and resolve: the review page and the steps).
 */
export const POSTED_WITH = { scripted: SCRIPTED_FIELD, page: "sida" } as const;
