import { describe, expect, it } from "vitest";
import { signGitHubPayload, verifyGitHubSignature } from "./verify-signature";

const secret = "It's a Secret to Everybody";
const body = "Hello, World!";

describe("verifyGitHubSignature", () => {
  it("accepts GitHub's documented test vector", () => {
    // From docs.github.com "Validating webhook deliveries".
    const header = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    expect(signGitHubPayload(body, secret)).toBe(header);
    expect(verifyGitHubSignature(body, header, secret)).toBe(true);
    expect(verifyGitHubSignature(new TextEncoder().encode(body), header.toUpperCase().replace("SHA256=", "sha256="), secret)).toBe(true);
  });

  it("rejects a tampered body", () => {
    expect(verifyGitHubSignature(`${body} `, signGitHubPayload(body, secret), secret)).toBe(false);
  });

  it("rejects a signature made with another secret", () => {
    expect(verifyGitHubSignature(body, signGitHubPayload(body, "another secret"), secret)).toBe(false);
  });

  it.each([
    ["missing", undefined],
    ["null", null],
    ["empty", ""],
    ["without the sha256= prefix", signGitHubPayload(body, secret).slice("sha256=".length)],
    ["sha1 instead of sha256", `sha1=${"0".repeat(40)}`],
    ["too short", "sha256=abcd"],
    ["too long", `${signGitHubPayload(body, secret)}00`],
    ["not hex", `sha256=${"z".repeat(64)}`],
    ["odd garbage", "sha256=\u0000\u0000"],
  ])("answers false, without throwing, for a %s header", (_name, header) => {
    expect(verifyGitHubSignature(body, header, secret)).toBe(false);
  });

  it("never verifies against an empty secret", () => {
    expect(verifyGitHubSignature(body, signGitHubPayload(body, ""), "")).toBe(false);
  });
});
