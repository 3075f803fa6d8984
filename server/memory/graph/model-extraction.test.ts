import { describe, expect, it } from "vitest";
import { creditToChunks, fromModelExtraction, ZModelExtraction } from "./model-extraction";

const text = "The billing service writes the ledger to Postgres.\n\nDecision: invoices are immutable once sent.";

describe("model extraction", () => {
  it("normalises and merges names, drops invented entities and relations to them", () => {
    const answer = ZModelExtraction.parse({
      entities: [
        { name: "Billing Service", type: "service" },
        { name: "billing service", type: "component" },
        { name: "Postgres", type: "technology" },
        { name: "ledger", type: "component" },
        { name: "Kafka", type: "technology" },
        { name: "Sent invoices are never edited", type: "decision" },
      ],
      relations: [
        { from: "Billing Service", to: "PostgreSQL", type: "uses" },
        { from: "billing service", to: "Kafka", type: "uses" },
        { from: "ledger", to: "ledger", type: "depends_on" },
        { from: "Sent invoices are never edited", to: "ledger", type: "decided" },
      ],
    });
    const { entities, relations } = fromModelExtraction(answer, text);
    expect(entities.map((e) => [e.key, e.type])).toEqual([
      ["billing service", "service"],
      ["postgresql", "technology"],
      ["ledger", "component"],
      // A decision may be paraphrased; a technology the text never names may not.
      ["sent invoices are never edited", "decision"],
    ]);
    expect(relations).toEqual([
      { from: "billing service", to: "postgresql", type: "uses", weight: 1 },
      { from: "sent invoices are never edited", to: "ledger", type: "decided", weight: 1 },
    ]);
  });

  it("credits each entity to the chunks that name it and each relation to one chunk naming both ends", () => {
    const chunks = ["The billing service writes the ledger.", "The ledger lives in Postgres.", "Nothing here."];
    const extraction = {
      entities: [
        { type: "service" as const, name: "billing service", key: "billing service" },
        { type: "component" as const, name: "ledger", key: "ledger" },
        { type: "technology" as const, name: "Postgres", key: "postgresql" },
        { type: "decision" as const, name: "Keep invoices immutable", key: "keep invoices immutable" },
      ],
      relations: [
        { from: "ledger", to: "postgresql", type: "uses", weight: 1 },
        { from: "billing service", to: "postgresql", type: "depends_on", weight: 1 },
      ],
    };
    const [first, second, third] = creditToChunks(extraction, chunks);
    expect(first!.entities.map((e) => e.key)).toEqual(["billing service", "ledger", "keep invoices immutable", "postgresql"]);
    expect(second!.entities.map((e) => e.key)).toEqual(["ledger", "postgresql"]);
    expect(third!.entities).toEqual([]);
    expect(second!.relations.map((r) => r.type)).toEqual(["uses"]);
    // No chunk names both ends: the chunk naming its source, which then mentions both.
    expect(first!.relations.map((r) => r.type)).toEqual(["depends_on"]);
  });
});
