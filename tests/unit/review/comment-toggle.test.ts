import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { IDLE } from "@/lib/forms/action-state";
import { CommentToggle } from "@/lib/review/components/comment-toggle";

const props = {
  action: async () => IDLE,
  caseId: "c1",
  anchorKind: "ANSWER" as const,
  anchor: "needs.problem",
  about: "svaret Problem",
  href: "?kommentera=answer%3Aneeds.problem#kommentera-answer-needs.problem",
};

describe("Kommentera on the review page", () => {
  it("is a link to the page with this form open, and no form, until asked for", () => {
    const html = renderToStaticMarkup(createElement(CommentToggle, { ...props, open: false }));
    expect(html).toContain(`href="?kommentera=answer%3Aneeds.problem#kommentera-answer-needs.problem"`);
    expect(html.replace(/<[^>]+>/g, "")).toBe("Kommentera svaret Problem");
    expect(html).not.toContain("<form");
  });

  it("is the comment form, named for what it comments on, when the page was asked for it", () => {
    const html = renderToStaticMarkup(createElement(CommentToggle, { ...props, open: true }));
    expect(html).toContain(`aria-label="Ny kommentar om svaret Problem"`);
    expect(html).toContain(`name="anchor" value="needs.problem"`);
    expect(html).toContain("Spara kommentaren");
    expect(html).not.toContain("?kommentera=");
  });
});
