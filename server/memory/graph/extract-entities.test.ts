import { describe, expect, it } from "vitest";
import { extractEntities, normaliseName } from "./extract-entities";

const doc = `# Architecture

## Order service

The order service runs on Node.js and stores orders in PostgreSQL. It exposes POST /orders and GET /orders/{id}.

\`\`\`sql
CREATE TABLE orders (id uuid primary key, total_cents int);
\`\`\`

## Decisions

- Decision: we will use Redis for the cart cache, not Memcached.
- The \`OrderRepository\` wraps Prisma.
`;

describe("offline entity extraction", () => {
  it("finds components, technologies, endpoints, tables, identifiers and decisions", () => {
    const { entities } = extractEntities(doc);
    const byKey = Object.fromEntries(entities.map((e) => [e.key, e.type]));
    expect(byKey).toMatchObject({
      architecture: "component",
      "order service": "component",
      "node.js": "technology",
      postgresql: "technology",
      redis: "technology",
      prisma: "technology",
      "post /orders": "endpoint",
      "get /orders/{id}": "endpoint",
      orders: "table",
      orderrepository: "concept",
    });
    expect(entities.find((e) => e.type === "decision")?.name).toBe("we will use Redis for the cart cache, not Memcached.");
    expect(entities.map((e) => e.key)).not.toContain("decisions");
  });

  it("relates what a section uses, exposes and stores, and what a decision decided", () => {
    const { relations } = extractEntities(doc);
    const has = (from: string, to: string, type: string) => relations.some((r) => r.from === from && r.to === to && r.type === type);
    expect(has("order service", "postgresql", "uses")).toBe(true);
    expect(has("order service", "post /orders", "exposes")).toBe(true);
    expect(has("order service", "orders", "stores")).toBe(true);
    const decision = relations.find((r) => r.type === "decided" && r.to === "redis");
    expect(decision?.from).toMatch(/^we will use redis/);
    expect(has("node.js", "postgresql", "mentions_with")).toBe(true);
  });

  it("merges names that differ only in case, quotes or known aliases", () => {
    expect(normaliseName("`Postgres`")).toBe("postgresql");
    expect(normaliseName("  Order   Service ")).toBe("order service");
    const { entities } = extractEntities("We use Postgres.\n\nPostgreSQL stores everything.");
    expect(entities.filter((e) => e.key === "postgresql")).toHaveLength(1);
  });
});
