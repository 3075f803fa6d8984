import { describe, expect, it } from "vitest";
import { slugify, withUniqueSlug } from "./slug";

describe("slugify", () => {
  it.each([
    ["Acme Corp", "acme-corp"],
    ["  Ünïcödé — Team!! ", "unicode-team"],
    ["***", "untitled"],
    ["a".repeat(80), "a".repeat(48)],
  ])("%s → %s", (name, slug) => expect(slugify(name)).toBe(slug));
});

describe("withUniqueSlug", () => {
  it("skips taken and reserved slugs", async () => {
    const taken = new Set(["acme", "acme-3"]);
    const slug = await withUniqueSlug(
      "acme",
      async (s) => {
        if (taken.has(s)) throw Object.assign(new Error("dup"), { code: "P2002" });
        return s;
      },
      (s) => s === "acme-2",
    );
    expect(slug).toBe("acme-4");
  });

  it("rethrows errors other than unique violations", async () => {
    await expect(withUniqueSlug("x", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  });
});
