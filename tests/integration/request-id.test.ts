import { afterEach, describe, expect, it, vi } from "vitest";

import { runAction } from "@/lib/forms/run-action";
import { jsonRoute } from "@/lib/errors/json-route";
import { logger } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id-header";
import { setRequest } from "./helpers/next-request";

// Unexpected errors reach the log in full, with the request's id (set by proxy.ts), and the user is
// given the id's first characters, so support can find the line from what the user reads out.

const ID = "3f2a9c1e-7b4d-4e8a-9c0f-112233445566";
const EXPECTED = "Något gick fel hos oss. Försök igen om en stund. Om felet finns kvar, kontakta support och uppge felkod 3f2a9c1e.";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("an unexpected error", () => {
  it("in a server action: logged in full with the request id, and the user is told its first eight characters", async () => {
    setRequest({ headers: { [REQUEST_ID_HEADER]: ID } });
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const failure = new Error("kolumnen finns inte");
    const state = await runAction("probe", { title: "x" }, async () => {
      throw failure;
    });
    expect(state).toEqual({ status: "error", message: EXPECTED, values: { title: "x" } });
    expect(state.message).not.toContain("kolumnen");
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ err: failure, requestId: ID, action: "probe" }), "server action failed unexpectedly");
  });

  it("in a JSON route: the same, with status 500", async () => {
    setRequest({ headers: { [REQUEST_ID_HEADER]: ID } });
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const response = await jsonRoute(async () => {
      throw new TypeError("undefined is not a function");
    }, "probe route");
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "INTERNAL", message: EXPECTED });
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ requestId: ID, err: expect.any(TypeError) }), "probe route failed");
  });

  it("outside a request (no id from the proxy): a new id, logged and shown alike", async () => {
    setRequest();
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const state = await runAction("probe", {}, async () => {
      throw new Error("x");
    });
    const logId = (logged.mock.calls[0]![0] as { requestId: string }).requestId;
    expect(logId).toMatch(/^[0-9a-f-]{36}$/);
    expect(state.message).toBe(`Något gick fel hos oss. Försök igen om en stund. Om felet finns kvar, kontakta support och uppge felkod ${logId.slice(0, 8)}.`);
  });
});

describe("an error no action or route caught", () => {
  it("a page that failed to render: logged in full with the request id and the digest the error page shows", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    const { onRequestError } = await import("@/instrumentation");
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const failure = Object.assign(new Error("relation does not exist"), { digest: "2817364509" });
    await onRequestError(failure, { path: "/arenden/x", method: "GET", headers: { [REQUEST_ID_HEADER]: ID } }, { routerKind: "App Router", routePath: "/arenden/[id]", routeType: "render", revalidateReason: undefined });
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ err: failure, digest: "2817364509", requestId: ID, path: "/arenden/x", routePath: "/arenden/[id]" }),
      "request failed unexpectedly",
    );
  });
});

describe("a server action request Next.js could not read", () => {
  it("is a warning, not an error: the client sent it malformed", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    const { onRequestError } = await import("@/instrumentation");
    const errors = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const warnings = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    await onRequestError(new Error("Malformed part header"), { path: "/arenden/x", method: "POST", headers: { [REQUEST_ID_HEADER]: ID } }, { routerKind: "App Router", routePath: "/arenden/[id]", routeType: "action", revalidateReason: undefined });
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).toHaveBeenCalledWith(expect.objectContaining({ requestId: ID, routeType: "action" }), "server action request could not be read");
  });
});
