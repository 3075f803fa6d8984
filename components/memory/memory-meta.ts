// What the memory page shows about kinds and entity types: their names, their
// colours (shared by badges, the graph and its legend), and the shapes of the
// memory API's answers as the client receives them.
import type { inferRouterOutputs } from "@trpc/server";

import type { TEntityType } from "@/server/memory/graph/extract-entities";
import type { TStoreMemoryInput } from "@/server/services/memory/store-memory";
import type { TAppRouter } from "@/server/trpc/root";

type TMemoryOutputs = inferRouterOutputs<TAppRouter>["memory"];

export type TMemoryKind = TStoreMemoryInput["kind"];
export type TMemoryList = TMemoryOutputs["list"];
export type TMemorySearch = TMemoryOutputs["search"];
export type TMemoryGraph = TMemoryOutputs["graph"];
export type TGraphEntity = TMemoryGraph["entities"][number];
export type TGraphRelation = TMemoryGraph["relations"][number];
export type TEntitySource = TMemoryOutputs["entitySources"]["sources"][number];

/** Why a search result matched, as the ranking reported it. */
export type TMemoryMatch = { score: number; similarity: number | null; graphDistance: number | null; reasons: string[] };

/** One remembered item as the page shows it, from a list, a search or an entity's sources. */
export type TMemoryEntry = {
  id: string;
  kind: string;
  title: string;
  content: string;
  pinned: boolean;
  runId: string | null;
  agentId: string | null;
  createdAt: Date;
  match?: TMemoryMatch;
};

export function entryFromItem(item: TMemoryList["items"][number] | TEntitySource): TMemoryEntry {
  return { id: item.id, kind: item.kind, title: item.title, content: item.content, pinned: item.pinned, runId: item.runId, agentId: item.agentId, createdAt: item.createdAt };
}

export function entryFromResult(item: TMemorySearch["items"][number]): TMemoryEntry {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    content: item.content,
    pinned: item.pinned,
    runId: item.source.runId,
    agentId: item.source.agentId,
    createdAt: item.createdAt,
    match: { score: item.score, similarity: item.similarity, graphDistance: item.graphDistance, reasons: item.reasons },
  };
}

type TKindMeta = { label: string; plural: string; color: string };

/** In the order the page lists them: what people decided first, then what runs produced. */
export const kindMeta: Record<TMemoryKind, TKindMeta> = {
  decision: { label: "Decision", plural: "Decisions", color: "oklch(0.6 0.14 150)" },
  deliverable: { label: "Deliverable", plural: "Deliverables", color: "oklch(0.58 0.15 255)" },
  handoff: { label: "Handoff", plural: "Handoffs", color: "oklch(0.62 0.11 190)" },
  summary: { label: "Summary", plural: "Summaries", color: "oklch(0.58 0.14 300)" },
  fact: { label: "Fact", plural: "Facts", color: "oklch(0.72 0.14 80)" },
  note: { label: "Note", plural: "Notes", color: "oklch(0.65 0.17 36)" },
};

export const kindOrder = Object.keys(kindMeta) as TMemoryKind[];

export function isMemoryKind(value: string): value is TMemoryKind {
  return value in kindMeta;
}

export function kindLabel(kind: string): string {
  return isMemoryKind(kind) ? kindMeta[kind].label : kind;
}

export function kindColor(kind: string): string {
  return isMemoryKind(kind) ? kindMeta[kind].color : "var(--muted-foreground)";
}

/** "1 note", "3 notes". */
export function countKind(kind: string, count: number): string {
  if (!isMemoryKind(kind)) return `${count} ${kind}`;
  return `${count} ${(count === 1 ? kindMeta[kind].label : kindMeta[kind].plural).toLowerCase()}`;
}

type TEntityMeta = { label: string; color: string };

// Mid-lightness colours that read on the light and the dark card alike.
export const entityTypeMeta: Record<TEntityType, TEntityMeta> = {
  technology: { label: "Technology", color: "oklch(0.65 0.17 36)" },
  service: { label: "Service", color: "oklch(0.56 0.15 262)" },
  component: { label: "Component", color: "oklch(0.62 0.11 190)" },
  table: { label: "Table", color: "oklch(0.72 0.14 80)" },
  endpoint: { label: "Endpoint", color: "oklch(0.6 0.17 345)" },
  decision: { label: "Decision", color: "oklch(0.6 0.14 150)" },
  requirement: { label: "Requirement", color: "oklch(0.58 0.14 300)" },
  person: { label: "Person", color: "oklch(0.62 0.13 110)" },
  concept: { label: "Concept", color: "oklch(0.6 0.012 265)" },
};

export const entityTypeOrder = Object.keys(entityTypeMeta) as TEntityType[];

function isEntityType(value: string): value is TEntityType {
  return value in entityTypeMeta;
}

export function entityColor(type: string): string {
  return isEntityType(type) ? entityTypeMeta[type].color : entityTypeMeta.concept.color;
}

export function entityTypeLabel(type: string): string {
  return isEntityType(type) ? entityTypeMeta[type].label : type;
}

/** "mentions_with" → "mentioned with", "uses" → "uses". */
export function relationLabel(type: string): string {
  if (type === "mentions_with") return "mentioned with";
  return type.replace(/_/g, " ");
}

const inverseRelations: Record<string, string> = { uses: "used by", exposes: "exposed by", stores: "stored by", decided: "decided by", mentions_with: "mentioned with" };

/** The relation read from its other end: A "uses" B, so B is "used by" A. */
export function inverseRelationLabel(type: string): string {
  return inverseRelations[type] ?? `${relationLabel(type)} (from)`;
}
