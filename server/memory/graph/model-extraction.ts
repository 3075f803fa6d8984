// Knowledge-graph extraction by a model: the structured-output schema the
// model answers in, the prompt, and the turn from its answer into the same
// TExtraction the rule-based extractor produces. A model reads a group of
// chunks at once (fewer calls); each entity is then credited to the chunks
// that name it, so mentions still point at the item that says it.
import { z } from "zod";
import { entityTypes, normaliseName, type TExtraction, type TExtractedEntity, type TExtractedRelation } from "./extract-entities";

export const modelRelationTypes = ["depends_on", "implements", "uses", "decided", "owns", "stores", "exposes"] as const;

// No length limits in the schema: strict structured-output modes refuse some JSON-schema keywords. Sizes are capped after.
export const ZModelExtraction = z.object({
  entities: z.array(
    z.object({
      name: z.string().describe("As written in the text; a decision is one short sentence."),
      type: z.enum(entityTypes),
    }),
  ),
  relations: z.array(
    z.object({
      from: z.string().describe("An entity name from the list above."),
      to: z.string().describe("An entity name from the list above."),
      type: z.enum(modelRelationTypes),
    }),
  ),
});
export type TModelExtraction = z.infer<typeof ZModelExtraction>;

const MAX_ENTITIES = 60;
const MAX_RELATIONS = 100;

export const EXTRACTION_SYSTEM = [
  "You build a knowledge graph of a software project from its documents.",
  "Extract the concrete things the text names: services, components, database tables, API endpoints (as `METHOD /path`), technologies (languages, frameworks, databases, cloud services), decisions, people, requirements, and other named concepts.",
  "Only things the text itself names. No generic words (system, data, user, feature), no section titles that name nothing, and no common English words read as technology names.",
  "Relations between extracted entities: depends_on, implements, uses, decided (a decision → what it chose), owns, stores (a service or component → a table), exposes (a service → an endpoint).",
  "Answer with the JSON object only.",
].join("\n");

export function extractionPrompt(title: string, text: string): string {
  return `Document: ${title}\n\n<document>\n${text}\n</document>`;
}

/** Kinds of entity the model may phrase in its own words (a decision summarised); the others must appear in the text. */
const PARAPHRASED = new Set(["decision", "requirement"]);

/**
 * The model's answer as an extraction of `text`: names normalised and merged, things the text does not
 * name dropped (a guard against invented entities), relations kept only between extracted entities.
 */
export function fromModelExtraction(answer: TModelExtraction, text: string): TExtraction {
  const haystack = ` ${normaliseName(text.replace(/[^\p{L}\p{N}\s./{}#+_-]/gu, " "))} `;
  const plain = text.toLowerCase();
  const entities = new Map<string, TExtractedEntity>();
  for (const e of answer.entities.slice(0, MAX_ENTITIES)) {
    const name = e.name.replace(/\s+/g, " ").trim().slice(0, 200);
    const key = normaliseName(name);
    if (key.length < 2 || key.length > 200 || entities.has(key)) continue;
    if (!PARAPHRASED.has(e.type) && !plain.includes(name.toLowerCase()) && !haystack.includes(` ${key} `)) continue;
    entities.set(key, { type: e.type, name, key });
  }
  const relations = new Map<string, TExtractedRelation>();
  for (const r of answer.relations.slice(0, MAX_RELATIONS)) {
    const from = normaliseName(r.from);
    const to = normaliseName(r.to);
    if (from === to || !entities.has(from) || !entities.has(to)) continue;
    const id = `${from}|${to}|${r.type}`;
    relations.set(id, { from, to, type: r.type, weight: (relations.get(id)?.weight ?? 0) + 1 });
  }
  return { entities: [...entities.values()], relations: [...relations.values()] };
}

/**
 * Split one extraction of several chunks into one per chunk: an entity goes to every chunk that names it
 * (or the first chunk when none does, e.g. a paraphrased decision), a relation to the first chunk naming
 * both ends (else its source end, else the first chunk).
 */
export function creditToChunks(extraction: TExtraction, chunks: string[]): TExtraction[] {
  const out = chunks.map((): TExtraction => ({ entities: [], relations: [] }));
  if (chunks.length === 0) return out;
  const lower = chunks.map((c) => c.toLowerCase());
  const namedIn = new Map<string, number[]>();
  for (const e of extraction.entities) {
    const where = lower.flatMap((c, i) => (c.includes(e.name.toLowerCase()) || c.includes(e.key) ? [i] : []));
    const chunksOf = where.length > 0 ? where : [0];
    namedIn.set(e.key, chunksOf);
    for (const i of chunksOf) out[i]!.entities.push(e);
  }
  for (const r of extraction.relations) {
    const from = namedIn.get(r.from) ?? [0];
    const to = new Set(namedIn.get(r.to) ?? [0]);
    const i = from.find((c) => to.has(c)) ?? from[0] ?? 0;
    const chunk = out[i]!;
    // The chunk credited with the relation mentions both ends, so the relation's source explains it.
    for (const key of [r.from, r.to]) if (!chunk.entities.some((e) => e.key === key)) chunk.entities.push(extraction.entities.find((e) => e.key === key)!);
    chunk.relations.push(r);
  }
  return out;
}
