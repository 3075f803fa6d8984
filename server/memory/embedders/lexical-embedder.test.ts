import { describe, expect, it } from "vitest";
import { cosine } from "./embedder";
import { lexicalEmbedder, lexicalVector, stem, tokens } from "./lexical-embedder";

describe("lexical embedder", () => {
  it("makes unit vectors of 384 dimensions, the same every time", async () => {
    const [a, b] = await lexicalEmbedder.embed(["Orders are stored in PostgreSQL.", "Orders are stored in PostgreSQL."]);
    expect(a).toHaveLength(384);
    expect(a).toEqual(b);
    expect(Math.hypot(...a!)).toBeCloseTo(1, 10);
    expect(lexicalEmbedder).toMatchObject({ name: "lexical-ngram-v1", label: "lexical (offline)", offline: true });
  });

  it("ranks text sharing vocabulary above unrelated text", () => {
    const q = lexicalVector("Where is the shopping basket kept?");
    const related = cosine(q, lexicalVector("The cart service keeps each shopper's basket in Redis."));
    const unrelated = cosine(q, lexicalVector("Deploy with Docker images to Fly.io before the release."));
    expect(related).toBeGreaterThan(0.1);
    expect(related).toBeGreaterThan(unrelated + 0.1);
  });

  it("stems common suffixes and keeps identifiers whole", () => {
    expect(["shopping", "shopper", "shops", "stories", "tested"].map(stem)).toEqual(["shop", "shop", "shop", "story", "test"]);
    expect(tokens("Use next.js and node_modules with C# and the API")).toEqual(["use", "next.js", "node_modules", "c#", "api"]);
  });

  it("gives an empty text the zero vector rather than NaN", () => {
    expect(lexicalVector("the and of").every((v) => v === 0)).toBe(true);
  });
});
