import { describe, expect, it, vi } from "vitest";
import { pageQuerySchema, readClampedPage } from "@/lib/forms/page-query";
import { userSearchSchema } from "@/lib/users/schemas";
import { auditFilterSchema } from "@/lib/audit/schemas";

describe("readClampedPage", () => {
  const rows = Array.from({ length: 45 }, (_, i) => i + 1);
  const list = (total: number[]) => {
    const read = vi.fn(async (page: number) => total.slice((page - 1) * 20, page * 20));
    return { read, count: async () => total.length };
  };

  it("reads the requested page once when it exists", async () => {
    const { read, count } = list(rows);
    expect(await readClampedPage(2, 20, count, read)).toEqual({ total: 45, page: 2, pages: 3, items: rows.slice(20, 40) });
    expect(read.mock.calls).toEqual([[2]]);
  });

  it("reads the last page instead of one past the end", async () => {
    const { read, count } = list(rows);
    expect(await readClampedPage(9, 20, count, read)).toEqual({ total: 45, page: 3, pages: 3, items: [41, 42, 43, 44, 45] });
    expect(read.mock.calls).toEqual([[9], [3]]);
  });

  it("an empty list is one empty page", async () => {
    const { read, count } = list([]);
    expect(await readClampedPage(4, 20, count, read)).toEqual({ total: 0, page: 1, pages: 1, items: [] });
  });
});

// The three paged lists read ?sida= with the one field: an edited or stale address shows a page.
describe("the page number in every paged list's query", () => {
  const schemas = { "my cases": pageQuerySchema, users: userSearchSchema, "audit log": auditFilterSchema };
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name}: a number is that page; anything else is page 1`, () => {
      expect(schema.parse({ sida: "3" }).sida).toBe(3);
      for (const sida of [undefined, "", "abc", "0", "-2", "1.5", "100001", ["2", "3"]]) expect(schema.parse({ sida }).sida, String(sida)).toBe(1);
    });
  }
});
