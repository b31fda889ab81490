import { describe, expect, it } from "vitest";
import { catalogueQuerySchema } from "@/lib/catalogue/schemas";

describe("the catalogue's year filter", () => {
  const message = (year: string) => catalogueQuerySchema.safeParse({ year }).error?.issues.map((i) => i.message);

  // A walk: "?year=1999" said "Året ska vara ett årtal", and 1999 is one.
  it("says which years it takes when a year is outside them, and that it wants a year when it gets none", () => {
    expect(message("1999")).toEqual(["Året ska vara mellan 2000 och 2100"]);
    expect(message("2101")).toEqual(["Året ska vara mellan 2000 och 2100"]);
    expect(message("tjugo")).toEqual(["Året ska vara ett årtal"]);
    expect(message("2024.5")).toEqual(["Året ska vara ett årtal"]);
    expect(catalogueQuerySchema.parse({ year: "2026" }).year).toBe(2026);
  });
});
