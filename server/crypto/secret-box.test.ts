import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./secret-box";

describe("secret box", () => {
  it("round-trips and never stores the plaintext", () => {
    const sealed = encryptSecret("sk-live-1234567890", "ws_a");
    expect(sealed).not.toContain("sk-live");
    expect(sealed.split(".")).toHaveLength(4);
    expect(decryptSecret(sealed, "ws_a")).toBe("sk-live-1234567890");
  });

  it("uses a fresh IV, so the same key encrypts differently each time", () => {
    expect(encryptSecret("same", "ws_a")).not.toBe(encryptSecret("same", "ws_a"));
  });

  it("refuses a ciphertext moved to another workspace or tampered with", () => {
    const sealed = encryptSecret("sk-live-1234567890", "ws_a");
    expect(() => decryptSecret(sealed, "ws_b")).toThrow();
    const [v, iv, tag, data] = sealed.split(".");
    const flipped = data!.slice(0, -2) + (data!.endsWith("A") ? "BB" : "AA");
    expect(() => decryptSecret([v, iv, tag, flipped].join("."), "ws_a")).toThrow();
    expect(() => decryptSecret("garbage", "ws_a")).toThrow("Not a sealed secret.");
  });
});
