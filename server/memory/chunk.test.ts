import { describe, expect, it } from "vitest";
import { countTokens } from "@/server/agents/token-count";
import { chunkText } from "./chunk";

const paragraph = (i: number) => `Paragraph ${i} says how the order service validates a basket, reserves stock in PostgreSQL and emits an OrderPlaced event for the mailer. `.repeat(3).trim();

describe("chunking", () => {
  it("keeps a short document whole", () => {
    expect(chunkText("Sessions live in Redis.")).toEqual([{ index: 0, text: "Sessions live in Redis.", tokens: countTokens("Sessions live in Redis."), heading: null }]);
  });

  it("cuts a long section along paragraphs within the budget, repeating its heading", () => {
    const doc = `# Intro\n\nShort.\n\n## Orders\n\n${Array.from({ length: 40 }, (_, i) => paragraph(i)).join("\n\n")}`;
    const chunks = chunkText(doc, 400);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks[0]).toMatchObject({ heading: "Intro", text: "Intro\n\nShort." });
    for (const chunk of chunks.slice(1)) {
      expect(chunk.heading).toBe("Orders");
      expect(chunk.text.startsWith("Orders\n\n")).toBe(true);
      expect(chunk.tokens).toBe(countTokens(chunk.text));
      expect(chunk.tokens).toBeLessThanOrEqual(400);
      // Whole paragraphs only.
      expect(chunk.text.slice("Orders\n\n".length)).toMatch(/^Paragraph \d+/);
    }
    const all = chunks.slice(1).map((c) => c.text.slice("Orders\n\n".length)).join("\n\n");
    expect(all).toBe(Array.from({ length: 40 }, (_, i) => paragraph(i)).join("\n\n").trim());
    expect(chunks.map((c) => c.index)).toEqual(chunks.map((_, i) => i));
  });

  it("cuts a paragraph longer than the budget, and leaves fenced headings alone", () => {
    const chunks = chunkText(`\`\`\`md\n# not a heading\n\`\`\`\n\n${"word ".repeat(1200)}`, 300);
    expect(chunks.every((c) => c.heading === null && c.tokens <= 300)).toBe(true);
    expect(chunks[0]!.text).toContain("# not a heading");
    expect(chunks.length).toBeGreaterThanOrEqual(4);
  });
});
