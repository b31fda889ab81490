"use client";

import { useEffect, useRef, useState } from "react";
import type { FormAction } from "@/lib/forms/action-state";
import { MAX_COMMENT } from "../schemas";
import { ReviewForm } from "./review-form";

interface Props {
  action: FormAction;
  caseId: string;
  anchorKind: "ANSWER" | "FINDING" | "CLAUSE";
  anchor: string;
  /** What is commented on, for accessible names ("svaret Problem"). */
  about: string;
  /** The page was asked for with this form open (?kommentera=…, the way without JavaScript). */
  open: boolean;
  /** That address: the same page with this form open, scrolled to it. */
  href: string;
}

/**
 * "Kommentera": the review page has one per answer, finding and clause (about ninety), so the
 * form is rendered only for the one asked for instead of ninety hidden forms in every view of
 * the page. With JavaScript the link opens the form in place and moves focus into it; without,
 * it asks the server for the page with this form open.
 */
export function CommentToggle({ action, caseId, anchorKind, anchor, about, open: openAtStart, href }: Props) {
  const [open, setOpen] = useState(openAtStart);
  const openedByClick = useRef(false);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open && openedByClick.current) container.current?.querySelector("textarea")?.focus();
  }, [open]);
  if (!open) {
    return (
      <p className="mt-2">
        <a
          href={href}
          className="text-brand-700 underline"
          onClick={(event) => {
            event.preventDefault();
            openedByClick.current = true;
            setOpen(true);
          }}
        >
          Kommentera<span className="sr-only"> {about}</span>
        </a>
      </p>
    );
  }
  return (
    <div ref={container}>
      <ReviewForm
        action={action}
        label={`Ny kommentar om ${about}`}
        hidden={{ caseId, anchorKind, anchor }}
        fields={[{ kind: "textarea", name: "body", label: "Kommentar", maxLength: MAX_COMMENT }]}
        submitLabel="Spara kommentaren"
      />
    </div>
  );
}
