import { describe, expect, it, vi } from "vitest";

// The role checks live beside the audit writer; no database is needed to decide display.
vi.mock("@/lib/audit/write", () => ({ writeAudit: async () => {} }));
import type { SignedInActor } from "@/lib/auth/actor";
import { startSectionsFor } from "@/lib/start/sections";

const base: SignedInActor = { kind: "user", userId: "u", email: "a@b.test", name: "A", sessionId: "s", globalRoles: [], memberships: [] };
const member = (role: SignedInActor["memberships"][number]["role"]) => ({ organizationId: "o", organizationName: "Norrströms kommun", role });

describe("start page per role", () => {
  it("gives each role its own first block", () => {
    expect(startSectionsFor({ ...base, memberships: [member("CASE_EDITOR")] })).toEqual(["cases"]);
    // Jurists and organisation admins approve their organisation's examples (the block shows only while one waits).
    expect(startSectionsFor({ ...base, memberships: [member("LEGAL_REVIEWER")] })).toEqual(["review", "examples"]);
    expect(startSectionsFor({ ...base, memberships: [member("ORG_ADMIN")] })).toEqual(["examples", "administration"]);
    expect(startSectionsFor({ ...base, globalRoles: ["SKR_STAFF"] })).toEqual(["skr"]);
    expect(startSectionsFor({ ...base, globalRoles: ["SYSTEM_ADMIN"] })).toEqual(["administration"]);
  });

  it("combines roles in a fixed order", () => {
    expect(startSectionsFor({ ...base, memberships: [member("ORG_ADMIN"), member("CASE_EDITOR")] })).toEqual(["cases", "examples", "administration"]);
  });

  it("shows a person invited only to cases their cases", () => {
    expect(startSectionsFor(base)).toEqual(["cases"]);
    expect(startSectionsFor({ kind: "anonymous" })).toEqual([]);
  });
});
