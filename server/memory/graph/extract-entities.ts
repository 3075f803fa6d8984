// The offline knowledge-graph extractor: entities and relations from a
// deliverable or handoff by rules. It prefers missing a thing to inventing
// one, since every junk node is shown in the graph and pulls retrieval:
// - services and components: headings that name one ("Order service",
//   "Notification worker", `OrderService`), not section titles ("Overview",
//   "Technical specification — Shop", "Test cases");
// - technologies from a dictionary, English look-alikes ("go", "rest",
//   "React to incidents") only where the text uses them as technologies;
// - endpoints: `METHOD /path` in prose and the paths of an OpenAPI document;
// - tables: only from SQL that defines or references them (CREATE TABLE …
//   "(", ALTER TABLE, REFERENCES t(…)) or a backticked name called a table;
// - identifiers in backticks that look like code (OrderRepository, order_id);
// - decision sentences.
// Relations: a decision "decided" the technologies it names; a service or
// component "uses" the technologies, "exposes" the endpoints and "stores" the
// tables of its section; things named in one paragraph are "mentions_with"
// each other. A placeholder draft (the offline model's) yields technologies
// and decisions only: its tables, endpoints and sections are made up from the
// task's words ("collaboratives", "managers").
import { aliases, namesTechnology, technologies } from "./tech-dictionary";

export const entityTypes = ["service", "component", "table", "endpoint", "technology", "decision", "person", "requirement", "concept"] as const;
export type TEntityType = (typeof entityTypes)[number];
export type TExtractedEntity = { type: TEntityType; name: string; key: string };
export type TExtractedRelation = { from: string; to: string; type: string; weight: number };
export type TExtraction = { entities: TExtractedEntity[]; relations: TExtractedRelation[] };

export function normaliseName(name: string): string {
  const key = name.toLowerCase().replace(/[`"']/g, "").replace(/\s+/g, " ").trim().replace(/[.,;:]+$/, "");
  return aliases[key] ?? key;
}

// Longest names first, so "React Native" wins over "React" and "Spring Boot" over "Spring".
const techNames = Object.keys(technologies).sort((a, b) => b.length - a.length);
const techPattern = new RegExp(`(?<![\\w.\\-/])(${techNames.map((t) => t.replace(/[.+]/g, "\\$&")).join("|")})(?![\\w]|\\.\\w)`, "gi");
const ENDPOINT = /\b(GET|POST|PUT|PATCH|DELETE)\s+(\/[\w/{}:.-]*[\w}])/g;
const NAME = String.raw`((?:["\x60]?\w+["\x60]?\.)?["\x60]?[A-Za-z_]\w*["\x60]?)`;
const TABLES = [
  new RegExp(String.raw`\bcreate\s+(?:(?:global\s+|local\s+)?(?:temp|temporary|unlogged)\s+)?table\s+(?:if\s+not\s+exists\s+)?${NAME}\s*(?:\(|as\b|like\b|partition\s+of\b)`, "gi"),
  new RegExp(String.raw`\balter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?${NAME}\s+(?:add|drop|alter|rename|enable|disable|owner|set|attach|detach|validate)\b`, "gi"),
  new RegExp(String.raw`\breferences\s+${NAME}\s*\(`, "gi"),
  /`(\w+)`\s+table\b/gi,
  /\btable\s+`(\w+)`/gi,
];
const DECISION = /(?:^|\n)\s*(?:[-*]\s*)?(?:\*\*)?(?:decision|decided|we will use|we chose|chosen)(?:\*\*)?\s*[:-]?\s*([^\n]{8,200})/gi;
const BACKTICK = /`([A-Za-z_][\w.]{2,60})(?:\(\))?`/g;
const COMPONENT_WORDS = /\b(services?|microservices?|apis?|gateway|workers?|queues?|modules?|components?|apps?|application|frontend|backend|client|server|database|db|cache|store|bus|broker|scheduler|pipeline|jobs?|proxy|adapter|controller|repository|engine|library|sdk|cli|dashboard|portal|functions?|lambda|consumer|producer|processor|handler|webhooks?|daemon|bot|console|website|site)$/i;
const SERVICE_WORDS = /\b(services?|microservices?|apis?|gateway|workers?|server)$/i;
const IDENTIFIER = /^(?:[a-z]+(?:[A-Z][a-z0-9]*)+|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+)$/;

/** The service or component a heading names, or null for a section title. */
export function componentOfHeading(heading: string): { type: "service" | "component"; name: string } | null {
  const name = heading
    .replace(/^\d+(\.\d+)*\.?\s*/, "")
    .replace(/[*_`]/g, "")
    .split(/\s+[—–-]\s+|:\s+/)[0]!
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/[.:]+$/, "")
    .trim();
  if (!name || name.length > 60) return null;
  const words = name.split(/\s+/);
  if (words.length === 1) return IDENTIFIER.test(name) ? { type: /service|api|gateway|worker|server/i.test(name) ? "service" : "component", name } : null;
  if (words.length > 5 || !COMPONENT_WORDS.test(name)) return null;
  return { type: SERVICE_WORDS.test(name) ? "service" : "component", name };
}

/** Code-like names only: not `id`, `true` or `uuid`. */
function isIdentifier(name: string): boolean {
  return /[A-Z]/.test(name.slice(1)) || name.includes("_") || /\w\.\w/.test(name);
}

const tableName = (raw: string) => raw.replace(/["`]/g, "").split(".").pop()!;

/** The endpoints an OpenAPI document (YAML or JSON) declares: a path, then its methods indented under it. */
function openApiEndpoints(text: string): string[] {
  if (!/\bopenapi\b|\bswagger\b|^\s*"?paths"?\s*:/im.test(text)) return [];
  const found: string[] = [];
  let path: { name: string; indent: number } | null = null;
  for (const line of text.split("\n")) {
    const p = /^(\s*)"?(\/[\w/{}.:-]*)"?\s*:\s*\{?\s*$/.exec(line);
    if (p) {
      path = { name: p[2]!, indent: p[1]!.length };
      continue;
    }
    const m = /^(\s*)"?(get|post|put|patch|delete)"?\s*:/i.exec(line);
    if (m && path && m[1]!.length > path.indent) found.push(`${m[2]!.toUpperCase()} ${path.name}`);
    else if (path && line.trim() && /^(\s*)/.exec(line)![1]!.length <= path.indent && !/^\s*[}\]],?\s*$/.test(line)) path = null;
  }
  return found;
}

export function extractEntities(text: string, options: { placeholder?: boolean } = {}): TExtraction {
  const full = !options.placeholder;
  const entities = new Map<string, TExtractedEntity>();
  const relations = new Map<string, TExtractedRelation>();
  const add = (type: TEntityType, name: string): string | null => {
    const key = normaliseName(name);
    if (key.length < 2 || key.length > 120) return null;
    const known = entities.get(key);
    // A more specific type wins over a generic one (a heading naming a technology is the technology).
    const generic = (t: TEntityType) => t === "concept" || t === "component" || t === "service";
    if (!known || (generic(known.type) && !generic(type))) entities.set(key, { type, name: known?.name ?? name, key });
    return key;
  };
  const relate = (from: string | null, to: string | null, type: string, weight = 1) => {
    if (!from || !to || from === to) return;
    const id = `${from}|${to}|${type}`;
    const known = relations.get(id);
    relations.set(id, { from, to, type, weight: (known?.weight ?? 0) + weight });
  };
  const techKey = (matched: string) => normaliseName(technologies[matched.toLowerCase()] ?? matched);

  let section: string | null = null;
  // SQL comments are prose (an offline draft's "-- Task: …" line), not statements.
  const body = text.replace(/^\s*--.*$/gm, "");
  for (const paragraph of body.split(/\n{2,}/)) {
    const heading = /^#{1,4}\s+(.+)$/m.exec(paragraph);
    if (heading) {
      const component = full ? componentOfHeading(heading[1]!.trim()) : null;
      section = component ? add(component.type, component.name) : null;
    }
    const here: string[] = [];
    for (const m of paragraph.matchAll(techPattern)) {
      if (!namesTechnology(paragraph, m.index, m[1]!)) continue;
      const tech = add("technology", technologies[m[1]!.toLowerCase()] ?? m[1]!);
      if (tech) {
        here.push(tech);
        relate(section, tech, "uses");
      }
    }
    if (full) {
      for (const m of paragraph.matchAll(ENDPOINT)) {
        const endpoint = add("endpoint", `${m[1]} ${m[2]}`);
        if (endpoint) {
          here.push(endpoint);
          relate(section, endpoint, "exposes");
        }
      }
      for (const pattern of TABLES) {
        for (const m of paragraph.matchAll(pattern)) {
          const table = add("table", tableName(m[1]!));
          if (table) {
            here.push(table);
            relate(section, table, "stores");
          }
        }
      }
      for (const m of paragraph.matchAll(BACKTICK)) {
        if (!isIdentifier(m[1]!)) continue;
        const id = add("concept", m[1]!);
        if (id) here.push(id);
      }
    }
    for (const m of paragraph.matchAll(DECISION)) {
      const decision = add("decision", m[1]!.replace(/[*_`]/g, "").trim());
      for (const t of m[1]!.matchAll(techPattern)) if (namesTechnology(m[1]!, t.index, t[1]!)) relate(decision, techKey(t[1]!), "decided");
      if (decision) relate(section, decision, "decided");
    }
    const unique = [...new Set(here)];
    for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) relate(unique[i]!, unique[j]!, "mentions_with", 0.5);
  }
  if (full) {
    for (const endpoint of openApiEndpoints(body)) add("endpoint", endpoint);
  }
  return { entities: [...entities.values()], relations: [...relations.values()] };
}
