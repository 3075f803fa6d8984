import type { JSONSchema7 } from "@ai-sdk/provider";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonFromSchema } from "./json-from-schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("jsonFromSchema", () => {
  it("fills an object's properties with values named after them and honours every bound", () => {
    const schema: JSONSchema7 = {
      type: "object",
      required: ["id", "email", "website", "createdAt", "day", "title", "summary", "count", "ratio", "price", "active", "nothing"],
      additionalProperties: false,
      properties: {
        id: { type: "string", format: "uuid" },
        email: { type: "string", format: "email" },
        website: { type: "string" },
        createdAt: { type: "string" },
        day: { type: "string", format: "date" },
        title: { type: "string", minLength: 30 },
        summary: { type: "string", maxLength: 12 },
        count: { type: "integer", minimum: 3, maximum: 5 },
        ratio: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
        price: { type: "number", minimum: 10, maximum: 20, multipleOf: 0.5 },
        active: { type: "boolean" },
        nothing: { type: "null" },
      },
    };
    const value = jsonFromSchema(schema, { seed: "s1", topic: "boards" }) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(schema.required);
    expect(value.id).toMatch(UUID);
    expect(value.email).toMatch(/^team\.[a-z]+@example\.com$/);
    expect(value.website).toMatch(/^https:\/\/example\.com\/website\/\d+$/);
    expect(new Date(value.createdAt as string).toISOString()).toBe(value.createdAt);
    expect(value.day).toMatch(/^2025-\d\d-\d\d$/);
    expect((value.title as string).length).toBeGreaterThanOrEqual(30);
    expect(value.title).toMatch(/title/);
    expect((value.summary as string).length).toBeLessThanOrEqual(12);
    expect(value.summary).toMatch(/^Summary for/);
    expect([3, 4, 5]).toContain(value.count);
    expect(value.ratio).toBe(0.5);
    expect(value.price).toBeGreaterThanOrEqual(10);
    expect(value.price).toBeLessThanOrEqual(20);
    expect(((value.price as number) * 2) % 1).toBe(0);
    expect(typeof value.active).toBe("boolean");
    expect(value.nothing).toBeNull();
  });

  it("is deterministic per seed, and the seed changes the free text", () => {
    const schema: JSONSchema7 = { type: "object", properties: { name: { type: "string" }, notes: { type: "string" } } };
    expect(jsonFromSchema(schema, { seed: "a" })).toEqual(jsonFromSchema(schema, { seed: "a" }));
    expect(jsonFromSchema(schema, { seed: "a" })).not.toEqual(jsonFromSchema(schema, { seed: "b" }));
  });

  it("follows $ref into $defs and definitions, merges allOf, and picks the first non-null branch", () => {
    const schema: JSONSchema7 = {
      type: "object",
      required: ["owner", "legacy", "merged", "choice", "maybe", "kind"],
      properties: {
        owner: { $ref: "#/$defs/person" },
        legacy: { $ref: "#/definitions/tag" },
        merged: {
          allOf: [
            { type: "object", properties: { a: { const: 1 } }, required: ["a"] },
            { properties: { b: { const: "two" } }, required: ["b"] },
          ],
        },
        choice: { anyOf: [{ type: "null" }, { type: "integer", minimum: 7, maximum: 7 }] },
        maybe: { type: ["string", "null"], enum: ["x", "y", null] },
        kind: { oneOf: [{ const: "circle" }, { const: "square" }] },
      },
      $defs: { person: { type: "object", properties: { fullName: { type: "string" } }, required: ["fullName"] } },
      definitions: { tag: { type: "string", enum: ["alpha", "beta"] } },
    };
    const value = jsonFromSchema(schema, { seed: "refs" }) as Record<string, unknown>;
    expect(value.owner).toEqual({ fullName: expect.stringMatching(/^[A-Z][a-z]+ full name$/) });
    expect(value.legacy).toBe("alpha");
    expect(value.merged).toEqual({ a: 1, b: "two" });
    expect(value.choice).toBe(7);
    expect(value.maybe).toBe("x");
    expect(value.kind).toBe("circle");
  });

  it("sizes arrays from minItems/maxItems (two by default), fills tuples and records", () => {
    const schema: JSONSchema7 = {
      type: "object",
      properties: {
        tags: { type: "array", items: { type: "string", enum: ["red", "green", "blue"] } },
        many: { type: "array", items: { type: "integer" }, minItems: 4 },
        one: { type: "array", items: { type: "boolean" }, maxItems: 1 },
        pair: {
          type: "array",
          prefixItems: [
            { type: "string", const: "lat" },
            { type: "number", minimum: -90, maximum: -80 },
          ],
        } as JSONSchema7,
        scores: { type: "object", additionalProperties: { type: "integer", minimum: 1, maximum: 1 } },
        flags: { type: "object", propertyNames: { enum: ["low", "high"] }, additionalProperties: { type: "boolean" } },
      },
    };
    const value = jsonFromSchema(schema) as Record<string, unknown[]> & { scores: Record<string, number>; flags: Record<string, boolean> };
    expect(value.tags).toEqual(["red", "green"]);
    expect(value.many).toHaveLength(4);
    expect(value.one).toHaveLength(1);
    expect(value.pair?.[0]).toBe("lat");
    expect(value.pair?.[1]).toBe(-80);
    expect(Object.values(value.scores)).toEqual([1]);
    expect(Object.keys(value.flags)).toEqual(["low", "high"]);
  });

  it("samples strings for patterns it has no better candidate for", () => {
    const schema: JSONSchema7 = {
      type: "object",
      properties: {
        code: { type: "string", pattern: "^[A-Z]{3}-\\d{4}$" },
        slug: { type: "string", pattern: "^(?:draft|final)_[a-z]+$" },
        both: { type: "string", allOf: [{ pattern: "^abc.*" }, { pattern: ".*xyz$" }] },
      },
    };
    expect(jsonFromSchema(schema)).toEqual({ code: "AAA-0000", slug: "draft_a", both: "abcxyz" });
  });

  it("stops growing recursive schemas", () => {
    const schema: JSONSchema7 = {
      $ref: "#/$defs/node",
      $defs: { node: { type: "object", required: ["label", "children"], properties: { label: { type: "string" }, children: { type: "array", items: { $ref: "#/$defs/node" } } } } },
    };
    const depth = (n: { children: unknown[] }): number => 1 + Math.max(0, ...n.children.map((c) => depth(c as { children: unknown[] })));
    const tree = jsonFromSchema(schema) as { label: string; children: unknown[] };
    expect(tree.children).toHaveLength(2);
    expect(depth(tree)).toBe(3);
  });
});

describe("jsonFromSchema on zod schemas (as the AI SDK converts them)", () => {
  type TNode = { name: string; children: TNode[] };
  const ZNode: z.ZodType<TNode> = z.object({ name: z.string(), children: z.array(z.lazy(() => ZNode)) });
  const schemas = {
    profile: z.object({
      id: z.uuid(),
      email: z.email(),
      homepage: z.url(),
      joinedAt: z.iso.datetime(),
      birthday: z.iso.date(),
      code: z.string().regex(/^[A-Z]{2}\d{3}$/),
      handle: z.string().min(3).max(8),
      nickname: z.string().optional(),
      bio: z.string().nullable(),
    }),
    order: z.object({
      status: z.enum(["pending", "paid", "shipped"]),
      items: z
        .array(z.object({ sku: z.string(), quantity: z.number().int().min(1).max(9), unitPrice: z.number().positive().max(1000) }))
        .min(1)
        .max(5),
      discount: z.number().gte(0).lte(0.5),
      totals: z.record(z.string(), z.number()),
      channel: z.literal("web"),
      payment: z.discriminatedUnion("method", [
        z.object({ method: z.literal("card"), last4: z.string().length(4) }),
        z.object({ method: z.literal("invoice"), dueDays: z.number().int() }),
      ]),
      coordinates: z.tuple([z.number(), z.number()]),
    }),
    tree: ZNode,
    exotic: z.object({ ip: z.ipv4(), cuid: z.cuid(), token: z.jwt(), emoji: z.emoji(), fenced: z.string().startsWith("ab").endsWith("yz"), ulid: z.ulid() }),
  };

  it.each(Object.entries(schemas).flatMap(([name, schema]) => (["draft-7", "draft-2020-12"] as const).map((target) => [name, target, schema] as const)))(
    "%s (%s) produces a value the zod schema accepts",
    (_, target, schema) => {
      const json = z.toJSONSchema(schema, { target, io: "input" }) as JSONSchema7;
      const value = jsonFromSchema(json, { seed: "zod" });
      expect(schema.safeParse(value).error?.issues ?? []).toEqual([]);
    },
  );

  it("gives concrete, readable values for the order schema", () => {
    const order = schemas.order.parse(jsonFromSchema(z.toJSONSchema(schemas.order) as JSONSchema7, { seed: "zod" }));
    expect(order.status).toBe("pending");
    expect(order.items).toHaveLength(2);
    expect(order.items[0]?.sku).toMatch(/^sku \d+$/);
    expect(order.channel).toBe("web");
    expect(order.payment).toEqual({ method: "card", last4: expect.stringMatching(/^.{4}$/) });
    expect(order.discount).toBeLessThanOrEqual(0.5);
  });
});
