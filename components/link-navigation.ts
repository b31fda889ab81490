/** Marks the links (components/Link.tsx) that ClientNavigation may follow in the page. */
export const CLIENT_NAVIGATION_ATTRIBUTE = "data-client-nav";

/** What of a click and its link decides whether the app follows it itself. */
export interface LinkClick {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

export interface ClickedLink {
  href: string;
  target: string;
  hasDownload: boolean;
}

/**
 * The path, query and fragment to navigate to in the page, or null when the browser should
 * follow the link as it always does: a click with a modifier or another button (a new tab or
 * window), a link with a target or a download, one to another origin, or one that only changes
 * the fragment of the page already shown (the browser scrolls to it without asking the server).
 */
export function clientNavigationTarget(click: LinkClick, link: ClickedLink, current: string): string | null {
  if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if ((link.target && link.target !== "_self") || link.hasDownload) return null;
  let from: URL;
  let to: URL;
  try {
    from = new URL(current);
    to = new URL(link.href, from);
  } catch {
    return null;
  }
  if (to.origin !== from.origin) return null;
  if (to.hash && to.pathname === from.pathname && to.search === from.search) return null;
  return `${to.pathname}${to.search}${to.hash}`;
}

/**
 * What the page shows once a client navigation to `target` (a path, query and fragment from
 * `clientNavigationTarget`) has happened — its path and query as `location` gives them — and the
 * id of the element its fragment names, if any, which is where focus goes.
 */
export function focusTargetAfterNavigation(target: string): { pathAndQuery: string; fragmentId: string | null } {
  const url = new URL(target, "http://samverka.invalid");
  let fragmentId: string | null = null;
  if (url.hash.length > 1) {
    try {
      fragmentId = decodeURIComponent(url.hash.slice(1));
    } catch {
      fragmentId = url.hash.slice(1);
    }
  }
  return { pathAndQuery: `${url.pathname}${url.search}`, fragmentId };
}

/** Marks a form whose typed text is asked about before the page is left (ClientNavigation): the review's forms, which are not saved as one types. */
export const GUARD_UNSAVED_ATTRIBUTE = "data-guard-unsaved";

export const UNSAVED_TEXT_QUESTION = "Du har skrivit text som inte är sparad. Vill du lämna sidan ändå? Texten sparas inte.";

/**
 * Set on <html> while a step page holds typed answers that neither the server nor this browser
 * keeps (signed out in another tab, which deleted the kept ones): leaving is asked about too.
 */
export const UNKEPT_ANSWERS_ATTRIBUTE = "data-unkept-answers";

/** Whether the page has text that leaving would lose: in a guarded form, or a step page's unkept answers. */
export function losesTextOnLeaving(document: Document): boolean {
  return document.documentElement.hasAttribute(UNKEPT_ANSWERS_ATTRIBUTE) || hasUnsavedText(document);
}

/** Marks a guarded form whose last submit was refused: the text it was refilled with is not saved either. */
export const REFUSED_ATTRIBUTE = "data-refused";

/**
 * Whether a guarded form in `root` holds text not saved (a motivation, a comment): text typed
 * since it was shown, or any text in a form whose submit was refused (it is refilled with what
 * was sent). A walk typed a decision's motivation, followed a link to another part of the review
 * and lost it without a word. A form submitted and saved is reset, so it does not count.
 */
export function hasUnsavedText(root: ParentNode): boolean {
  const fields = root.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(`form[${GUARD_UNSAVED_ATTRIBUTE}] textarea, form[${GUARD_UNSAVED_ATTRIBUTE}] input[type="text"]`);
  return [...fields].some(
    (field) => !field.disabled && (field.value.trim() !== field.defaultValue.trim() || (field.form?.hasAttribute(REFUSED_ATTRIBUTE) === true && field.value.trim() !== "")),
  );
}
