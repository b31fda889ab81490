import { describe, expect, it } from "vitest";
import { domainOf, isFamiliarDomain, sameMailDomain } from "@/lib/organizations/address-domain";

describe("an invited address's domain against the members'", () => {
  it("reads the domain after the last @, in lower case", () => {
    expect(domainOf("Anna.Berg@Norrstrom.SE")).toBe("norrstrom.se");
    expect(domainOf("\"a@b\"@kommun.se")).toBe("kommun.se");
    expect(domainOf("utan-snabel-a")).toBe("");
  });

  it("takes a subdomain either way as the same organisation's, and nothing else", () => {
    expect(sameMailDomain("socialtjanst.norrstrom.se", "norrstrom.se")).toBe(true);
    expect(sameMailDomain("norrstrom.se", "socialtjanst.norrstrom.se")).toBe(true);
    // A domain that only ends with the same letters is another one.
    expect(sameMailDomain("annanorrstrom.se", "norrstrom.se")).toBe(false);
    expect(sameMailDomain("fjallviken.se", "norrstrom.se")).toBe(false);
  });

  it("questions nothing in an organisation without members", () => {
    expect(isFamiliarDomain("vem@som.helst", [])).toBe(true);
    expect(isFamiliarDomain("ny@norrstrom.se", ["a@fjallviken.se", "b@norrstrom.se"])).toBe(true);
    expect(isFamiliarDomain("ny@norrstrom.es", ["b@norrstrom.se"])).toBe(false);
  });
});
