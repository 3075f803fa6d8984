import { describe, expect, it } from "vitest";
import { isSecretKey, redactArguments, redactText } from "./redact";

describe("redactArguments", () => {
  it("blanks values under secret-looking keys at any depth", () => {
    const args = { path: "src/a.ts", token: "t", headers: { Authorization: "Bearer abc", "x-api-key": "k" }, db: { password: "p", apiKey: "q", api_key: "r", key: "s" } };
    expect(redactArguments(args)).toEqual({
      path: "src/a.ts",
      token: "[redacted]",
      headers: { Authorization: "[redacted]", "x-api-key": "[redacted]" },
      db: { password: "[redacted]", apiKey: "[redacted]", api_key: "[redacted]", key: "[redacted]" },
    });
    expect(args.token).toBe("t");
  });

  it("cuts known secret values out of every string, plain or URL-encoded", () => {
    const secret = "ghp_S3cr3t/Value+1";
    const args = { content: `token=${secret}`, url: `https://x.test/?t=${encodeURIComponent(secret)}`, list: [`a ${secret} b`], n: 3 };
    expect(redactArguments(args, [secret])).toEqual({ content: "token=[redacted]", url: "https://x.test/?t=[redacted]", list: ["a [redacted] b"], n: 3 });
  });

  it("keeps ordinary keys that merely contain a secret word", () => {
    for (const key of ["max_tokens", "keyword", "keys", "author", "monkey", "path"]) expect(isSecretKey(key)).toBe(false);
    for (const key of ["accessToken", "client_secret", "X-Auth-Token", "PASSWORD", "privateKey", "cookie"]) expect(isSecretKey(key)).toBe(true);
  });

  it("ignores secrets too short to search for, and empty values under secret keys", () => {
    expect(redactText("a b c", ["a", ""])).toBe("a b c");
    expect(redactArguments({ token: "" })).toEqual({ token: "" });
  });

  it("handles a cycle, and an object shared by two branches", () => {
    const shared = { v: "secret-value" };
    const cyclic: Record<string, unknown> = { a: shared, b: shared };
    cyclic.self = cyclic;
    expect(redactArguments(cyclic, ["secret-value"])).toEqual({ a: { v: "[redacted]" }, b: { v: "[redacted]" }, self: "[redacted]" });
  });
});
