import { describe, expect, it } from "vitest";
import { componentOfHeading, extractEntities, normaliseName } from "./extract-entities";

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

const architecture = `# Architecture — Bookshop

## Overview

Managers go out to the warehouse every morning; the system should make their rounds shorter. Go through the list of
open orders before the stand-up, and rest assured that nothing changes behind their back. Teams react to stock alerts
within an hour, and whoever is at the helm of the release decides when to go live.

## Context

The catalogue is maintained by collaborative editing between managers and suppliers, who create tables of prices in
spreadsheets and send them weekly.

## Ingestion worker

Written in Go 1.22. It reads supplier feeds from S3, validates them and publishes \`PriceChanged\` events to Kafka.

## Storefront app

Built with React and TypeScript on Next.js; talks to the Catalog API over REST.

## Catalog API

| Concern | Choice |
| --- | --- |
| Language | Go |
| Store | PostgreSQL |

## Risks

Rust on the loading dock's shelving is a safety issue, not a software one.
`;

const apiSpec = `# API specification

## Orders

POST /orders creates an order from the basket; GET /orders/{orderId} returns it with its lines.
Both need a JWT bearer token. The \`order_id\` is a UUID, \`true\` and \`null\` are JSON literals.

\`\`\`yaml
openapi: 3.1.0
info:
  title: Bookshop API
  version: 1.0.0
paths:
  /books:
    get:
      summary: List books
    post:
      summary: Add a book
  /books/{isbn}:
    parameters:
      - name: isbn
        in: path
    delete:
      summary: Remove a book
components:
  schemas:
    Book:
      type: object
\`\`\`
`;

const ddl = `-- Task: keep the managers' notes and the collaboratives' members in one place.
-- Offline note: create table managers (id) is prose in a comment, not a statement.

CREATE TABLE IF NOT EXISTS public.authors (
  id uuid PRIMARY KEY,
  name text NOT NULL
);

create table "books" (
  id uuid primary key,
  author_id uuid not null references authors (id) on delete cascade,
  isbn text unique
);

CREATE INDEX books_author_id_idx ON books (author_id);

ALTER TABLE order_lines ADD CONSTRAINT order_lines_book_fk FOREIGN KEY (book_id) REFERENCES books(id);
`;

const keys = (text: string, options?: { placeholder?: boolean }) => extractEntities(text, options).entities.map((e) => e.key);
const byKey = (text: string) => Object.fromEntries(extractEntities(text).entities.map((e) => [e.key, e.type]));

describe("offline entity extraction", () => {
  it("finds services, technologies, endpoints, tables, identifiers and decisions", () => {
    const { entities } = extractEntities(doc);
    expect(byKey(doc)).toMatchObject({
      "order service": "service",
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
    // Section titles are not components.
    expect(keys(doc)).not.toContain("architecture");
    expect(keys(doc)).not.toContain("decisions");
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
    expect(normaliseName("Golang")).toBe("go");
    const { entities } = extractEntities("We use Postgres.\n\nPostgreSQL stores everything.");
    expect(entities.filter((e) => e.key === "postgresql")).toHaveLength(1);
  });

  it("reads an architecture doc: real components and technologies, none of the English look-alikes", () => {
    expect(byKey(architecture)).toEqual({
      "ingestion worker": "service",
      go: "technology",
      s3: "technology",
      kafka: "technology",
      pricechanged: "concept",
      "storefront app": "component",
      react: "technology",
      typescript: "technology",
      "next.js": "technology",
      "catalog api": "service",
      rest: "technology",
      postgresql: "technology",
    });
    const found = keys(architecture);
    // "go out", "Go through", "rest assured", "react to", "the helm", "Rust on the dock", "create tables of prices":
    for (const junk of ["helm", "rust", "managers", "collaboratives", "overview", "context", "risks", "architecture", "prices"]) expect(found).not.toContain(junk);
    const { relations } = extractEntities(architecture);
    expect(relations).toContainEqual({ from: "ingestion worker", to: "go", type: "uses", weight: 1 });
    expect(relations).toContainEqual({ from: "catalog api", to: "postgresql", type: "uses", weight: 1 });
    expect(relations.some((r) => r.from === "storefront app" && r.to === "react" && r.type === "uses")).toBe(true);
  });

  it("tells the language and the English words apart in short sentences", () => {
    expect(keys("Managers go out to the warehouse.")).toEqual([]);
    expect(keys("Go out and interview three managers.")).toEqual([]);
    expect(keys("We are ready to Go live on Friday.")).toEqual([]);
    expect(keys("The team decided to go with a go-live in May.")).toEqual([]);
    expect(keys("React to incidents within 15 minutes.")).toEqual([]);
    expect(keys("Take the rest of the week off; spring is coming.")).toEqual([]);
    expect(keys("The worker is written in Go.")).toEqual(["go"]);
    expect(keys("The worker uses Go rather than Java.")).toEqual(["go", "java"]);
    expect(keys("We chose Go for the worker.")).toEqual(["go", "go for the worker"]);
    expect(keys("- Go\n- Rust")).toEqual(["go", "rust"]);
    expect(keys("Spring Boot 3 and React Native")).toEqual(["spring boot", "react native"]);
    expect(keys("Payments go through Stripe webhooks.")).toEqual(["stripe"]);
  });

  it("reads an API spec: prose endpoints and the OpenAPI paths, code-like identifiers only", () => {
    const found = byKey(apiSpec);
    expect(found).toMatchObject({
      "post /orders": "endpoint",
      "get /orders/{orderid}": "endpoint",
      jwt: "technology",
      order_id: "concept",
      "get /books": "endpoint",
      "post /books": "endpoint",
      "delete /books/{isbn}": "endpoint",
    });
    expect(Object.keys(found)).not.toContain("orders");
    for (const junk of ["true", "null", "get /books/{isbn}", "api specification", "components", "schemas"]) expect(Object.keys(found)).not.toContain(junk);
  });

  it("reads SQL DDL: created, altered and referenced tables, not indexes, columns or comments", () => {
    const found = byKey(ddl);
    expect(found).toEqual({ authors: "table", books: "table", order_lines: "table" });
    expect(keys("We create table partitions monthly and keep a table of managers.")).toEqual([]);
    expect(keys("The `orders` table keeps one row per checkout; the table `order_lines` its lines.")).toEqual(["orders", "order_lines"]);
  });

  it("takes only technologies and decisions from a placeholder draft", () => {
    const draft = `# Data model — Teamwork\n\n> Offline model — deterministic draft.\n\n## Tasks module\n\nStored in PostgreSQL.\n\n${ddl}\n\nGET /collaboratives lists them.`;
    expect(keys(draft, { placeholder: true })).toEqual(["postgresql"]);
    expect(keys(draft)).toEqual(expect.arrayContaining(["tasks module", "postgresql", "authors", "get /collaboratives"]));
  });

  it("names components only for headings that name one", () => {
    expect(componentOfHeading("2.1 Notification service (email and push)")).toEqual({ type: "service", name: "Notification service" });
    expect(componentOfHeading("Web app")).toEqual({ type: "component", name: "Web app" });
    expect(componentOfHeading("`OrderRepository`")).toEqual({ type: "component", name: "OrderRepository" });
    expect(componentOfHeading("Payments API: endpoints")).toEqual({ type: "service", name: "Payments API" });
    for (const title of ["Technical specification — Bench", "Overview", "Test cases", "Data model", "User stories", "Assumptions and open questions", "API", "Components"]) {
      expect(componentOfHeading(title), title).toBeNull();
    }
  });
});
