import { describe, expect, it } from "vitest";
import { assertCompleteIntegrations } from "./env";

describe("assertCompleteIntegrations", () => {
  it("accepts an integration set fully or not at all", () => {
    expect(() => assertCompleteIntegrations({})).not.toThrow();
    expect(() => assertCompleteIntegrations({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "s" })).not.toThrow();
  });

  it("names the missing variable of a half-set integration", () => {
    expect(() => assertCompleteIntegrations({ AUTH_GITHUB_ID: "id" })).toThrowError(/set AUTH_GITHUB_SECRET/);
  });
});
