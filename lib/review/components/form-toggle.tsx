"use client";

import { type ComponentProps, useEffect, useRef, useState } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { hasUnsavedText } from "@/components/link-navigation";
import type { FormAction } from "@/lib/forms/action-state";
import { DECISION_LABELS } from "../labels";
import { type AnchorKind, commentFormHref, commentFormId, decisionFormHref, decisionFormId, withoutFormHref } from "./form-anchors";
import { MAX_COMMENT, MAX_MOTIVATION } from "../limits";
import { ReviewForm } from "./review-form";

interface ToggleProps {
  /** What the form is about, after the link text for screen readers ("svaret Problem"). */
  about: string;
  /** The page was asked for with this form open (?kommentera=… or ?besluta=…, the way without JavaScript). */
  open?: boolean;
}

/**
 * A form of the review page that is rendered only when asked for. The page has a comment link
 * on every answer, finding and clause and a decision on every finding (well over a hundred on
 * a large case); rendering them all as hidden forms made every view of the page much heavier to
 * render, send and check. With JavaScript the link opens the form in place and moves focus to
 * its first field; without, it asks the server for the page with this form open. The forms and
 * their addresses are put together here, in the browser, so the page's payload carries only
 * what differs per form.
 */
function FormToggle({ linkText, about, open: openAtStart = false, href, cancelHref, form }: ToggleProps & { linkText: string; href: (current: URLSearchParams | null) => string; cancelHref: (pathname: string, current: URLSearchParams | null) => string; form: ComponentProps<typeof ReviewForm> }) {
  const [open, setOpen] = useState(openAtStart);
  // The server's word on the last save, shown where the form was once it has closed.
  const [saved, setSaved] = useState<string | null>(null);
  // The address keeps the part and step of the page it stands on (?del=, ?steg=).
  const current = useSearchParams();
  const pathname = usePathname();
  const openedByClick = useRef(false);
  const container = useRef<HTMLDivElement>(null);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (open && openedByClick.current) container.current?.querySelector<HTMLElement>("textarea, select, input:not([type=hidden])")?.focus();
  }, [open]);
  /** Closed with "Avbryt": the focus goes back to the link, as after a save. */
  const cancelled = useRef(false);
  // Saved, the form closes (its fields would stand empty under what was saved) and focus goes
  // back to the link that opened it: the button pressed was disabled while saving, and focus
  // had fallen to the page's start.
  useEffect(() => {
    if ((saved !== null || cancelled.current) && !open) link.current?.focus();
    cancelled.current = false;
  }, [saved, open]);
  // Closed unsent, its text goes: asked about first, by the same test the page uses before it is
  // left (hasUnsavedText: typed since shown, or refilled after a refused submit).
  const cancel = () => {
    if (container.current && hasUnsavedText(container.current) && !window.confirm("Det du har skrivit i formuläret sparas inte. Vill du stänga det?")) return;
    cancelled.current = true;
    setSaved(null);
    setOpen(false);
  };
  if (!open) {
    return (
      <p className="mt-2">
        {saved ? (
          <span role="status" className="mr-4 font-semibold text-green-800">
            {saved}
          </span>
        ) : null}
        <a
          ref={link}
          href={href(current)}
          className="text-brand-700 underline"
          onClick={(event) => {
            event.preventDefault();
            openedByClick.current = true;
            setOpen(true);
          }}
        >
          {linkText}
          <span className="sr-only"> {about}</span>
        </a>
      </p>
    );
  }
  return (
    <div ref={container}>
      <ReviewForm
        {...form}
        onDone={(message) => {
          setSaved(message);
          setOpen(false);
        }}
        cancel={{ href: cancelHref(pathname, current), close: cancel }}
      />
    </div>
  );
}

/** "Kommentera": a new comment thread on an answer, finding or clause. */
export function CommentToggle({ action, caseId, anchorKind, anchor, ...toggle }: ToggleProps & { action: FormAction; caseId: string; anchorKind: AnchorKind; anchor: string }) {
  return (
    <FormToggle
      {...toggle}
      linkText="Kommentera"
      href={(current) => commentFormHref(anchorKind, anchor, current)}
      cancelHref={(pathname, current) => withoutFormHref(pathname, current, commentFormId(anchorKind, anchor))}
      form={{
        action,
        label: `Ny kommentar om ${toggle.about}`,
        hidden: { caseId, anchorKind, anchor },
        fields: [{ kind: "textarea", name: "body", label: "Kommentar", maxLength: MAX_COMMENT }],
        submitLabel: "Spara kommentaren",
      }}
    />
  );
}

/** "Besluta": the legal reviewer's decision on a finding, for their party or one of their parties. */
export function DecisionToggle({
  action,
  caseId,
  findingKey,
  verify,
  parties,
  current,
  ...toggle
}: ToggleProps & {
  action: FormAction;
  caseId: string;
  findingKey: string;
  /** The finding asks for a fact to be verified: "Verifierad" and its source are offered. */
  verify: boolean;
  /** The parties the reviewer may decide for, when more than one. */
  parties?: { value: string; label: string }[];
  /** The reviewer's standing decision, which the form starts from when it is changed. */
  current?: { kind: string; motivation: string | null; source: string | null };
}) {
  const kinds = (["MUST_FIX", "ACCEPTED_RISK", "NOT_APPLICABLE", ...(verify ? (["VERIFIED"] as const) : [])] as const).map((k) => ({ value: k, label: DECISION_LABELS[k] }));
  return (
    <FormToggle
      {...toggle}
      linkText={current ? "Ändra beslutet" : "Besluta"}
      href={(current) => decisionFormHref(findingKey, current)}
      cancelHref={(pathname, current) => withoutFormHref(pathname, current, decisionFormId(findingKey))}
      form={{
        action,
        label: `Beslut ${toggle.about}`,
        hidden: { caseId, findingKey },
        ...(current ? { initial: { kind: current.kind, motivation: current.motivation ?? "", source: current.source ?? "" } } : {}),
        fields: [
          { kind: "radios", name: "kind", label: "Beslut", options: kinds },
          {
            kind: "textarea",
            name: "motivation",
            label: "Motivering",
            // The form starts from the standing decision; a walk changed the decision and kept a
            // motivation that argued for the old one. The hint says the text is the old decision's.
            hint: current?.motivation
              ? "Krävs för ”Accepterad risk” och ”Inte tillämplig”. Texten är motiveringen till ditt gällande beslut: ändrar du beslutet, skriv om den så att den stämmer med det nya."
              : "Krävs för ”Accepterad risk” och ”Inte tillämplig”.",
            maxLength: MAX_MOTIVATION,
          },
          ...(verify ? [{ kind: "textarea" as const, name: "source", label: "Källa", hint: "Var du har kontrollerat uppgiften. Krävs för ”Verifierad” och sparas bara med det beslutet.", rows: 2, maxLength: MAX_MOTIVATION }] : []),
          ...(parties && parties.length > 1 ? [{ kind: "select" as const, name: "organizationId", label: "För part", options: parties }] : []),
        ],
        submitLabel: "Spara beslutet",
      }}
    />
  );
}
