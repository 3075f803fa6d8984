// The offline knowledge-graph extractor: entities and relations from a
// deliverable or handoff by rules — section headings (components), names in
// backticks (identifiers), technologies from a dictionary, API endpoints,
// SQL tables, and decision sentences. Relations: a decision "decided" the
// technologies it names; a component "uses" technologies, "exposes"
// endpoints and "stores" tables mentioned in its section; everything in one
// paragraph is "mentions_with" everything else (weighted by count).
import { aliases, technologies } from "./tech-dictionary";

export type TEntityType = "service" | "component" | "table" | "endpoint" | "technology" | "decision" | "requirement" | "concept";
export type TExtractedEntity = { type: TEntityType; name: string; key: string };
export type TExtractedRelation = { from: string; to: string; type: string; weight: number };
export type TExtraction = { entities: TExtractedEntity[]; relations: TExtractedRelation[] };

export function normaliseName(name: string): string {
  const key = name.toLowerCase().replace(/[`"']/g, "").replace(/\s+/g, " ").trim().replace(/[.,;:]+$/, "");
  return aliases[key] ?? key;
}

const techPattern = new RegExp(`(?<![\\w.])(${Object.keys(technologies).map((t) => t.replace(/[.+]/g, "\\$&")).join("|")})(?![\\w])`, "gi");
const ENDPOINT = /\b(GET|POST|PUT|PATCH|DELETE)\s+(\/[\w/{}:.-]*[\w}])/g;
const TABLE = /\bcreate\s+table\s+(?:if\s+not\s+exists\s+)?["`]?(\w+)["`]?/gi;
const DECISION = /(?:^|\n)\s*(?:[-*]\s*)?(?:\*\*)?(?:decision|decided|we will use|we chose|chosen)(?:\*\*)?\s*[:-]?\s*([^\n]{8,200})/gi;
const BACKTICK = /`([A-Za-z_][\w.]{2,60})`/g;
const SKIP_HEADINGS = /^(overview|summary|introduction|context|notes?|next steps|open questions|risks|references|appendix|decisions?)$/i;

export function extractEntities(text: string): TExtraction {
  const entities = new Map<string, TExtractedEntity>();
  const relations = new Map<string, TExtractedRelation>();
  const add = (type: TEntityType, name: string): string | null => {
    const key = normaliseName(name);
    if (key.length < 2 || key.length > 120) return null;
    const known = entities.get(key);
    // A more specific type wins over a generic one (a heading naming a technology is the technology).
    if (!known || known.type === "concept" || known.type === "component") entities.set(key, { type: known && type === "concept" ? known.type : type, name: known?.name ?? name, key });
    return key;
  };
  const relate = (from: string | null, to: string | null, type: string, weight = 1) => {
    if (!from || !to || from === to) return;
    const id = `${from}|${to}|${type}`;
    const known = relations.get(id);
    relations.set(id, { from, to, type, weight: (known?.weight ?? 0) + weight });
  };

  let section: string | null = null;
  for (const paragraph of text.split(/\n{2,}/)) {
    const heading = /^#{1,4}\s+(.+)$/m.exec(paragraph);
    if (heading) section = SKIP_HEADINGS.test(heading[1]!.trim()) ? null : add("component", heading[1]!.replace(/^\d+(\.\d+)*\.?\s*/, "").trim().slice(0, 80));
    const here: string[] = [];
    for (const m of paragraph.matchAll(techPattern)) {
      const tech = add("technology", technologies[m[1]!.toLowerCase()] ?? m[1]!);
      if (tech) {
        here.push(tech);
        relate(section, tech, "uses");
      }
    }
    for (const m of paragraph.matchAll(ENDPOINT)) {
      const endpoint = add("endpoint", `${m[1]} ${m[2]}`);
      if (endpoint) {
        here.push(endpoint);
        relate(section, endpoint, "exposes");
      }
    }
    for (const m of paragraph.matchAll(TABLE)) {
      const table = add("table", m[1]!);
      if (table) {
        here.push(table);
        relate(section, table, "stores");
      }
    }
    for (const m of paragraph.matchAll(BACKTICK)) {
      const id = add("concept", m[1]!);
      if (id) here.push(id);
    }
    for (const m of paragraph.matchAll(DECISION)) {
      const decision = add("decision", m[1]!.replace(/[*_`]/g, "").trim());
      for (const t of m[1]!.matchAll(techPattern)) relate(decision, normaliseName(technologies[t[1]!.toLowerCase()] ?? t[1]!), "decided");
      if (decision) relate(section, decision, "decided");
    }
    const unique = [...new Set(here)];
    for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) relate(unique[i]!, unique[j]!, "mentions_with", 0.5);
  }
  return { entities: [...entities.values()], relations: [...relations.values()] };
}
