// Parse one agent definition (YAML front matter + markdown sections) and say
// exactly which file and field is wrong when it does not fit the schema.
import { parse as parseYaml } from "yaml";
import { agentSections, templatePlaceholders, ZAgentMetadata, type TAgentDefinition, type TAgentSection } from "./definition-schema";

export class AgentDefinitionError extends Error {
  constructor(
    readonly source: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${source}: ${field}: ${problem}`);
    this.name = "AgentDefinitionError";
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const PLACEHOLDER = /\{\{\s*([^}]+?)\s*\}\}/g;

/** Every `{{name}}` in a text, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

function splitSections(body: string, source: string): Record<TAgentSection, string> {
  const found = new Map<string, string>();
  const order: string[] = [];
  let current: string | null = null;
  let lines: string[] = [];
  let fence = false;
  const flush = () => {
    if (current !== null) found.set(current, lines.join("\n").trim());
  };
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const heading = !fence ? /^## (.+?)\s*$/.exec(line) : null;
    if (heading) {
      flush();
      current = heading[1]!;
      order.push(current);
      lines = [];
    } else if (current !== null) {
      lines.push(line);
    } else if (line.trim() !== "") {
      throw new AgentDefinitionError(source, "body", "text before the first section; start the body with '## Role'");
    }
  }
  flush();

  for (const name of order) {
    if (!(agentSections as readonly string[]).includes(name)) {
      throw new AgentDefinitionError(source, `section "${name}"`, `unknown section; expected only: ${agentSections.join(", ")}`);
    }
  }
  const sections = {} as Record<TAgentSection, string>;
  agentSections.forEach((name, index) => {
    const content = found.get(name);
    if (content === undefined) throw new AgentDefinitionError(source, `section "${name}"`, "missing");
    if (content.length < 20) throw new AgentDefinitionError(source, `section "${name}"`, "is empty or a stub");
    if (order[index] !== name) throw new AgentDefinitionError(source, `section "${name}"`, `out of order; expected order: ${agentSections.join(", ")}`);
    sections[name] = content;
  });
  return sections;
}

export function parseAgentDefinition(text: string, source: string): TAgentDefinition {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new AgentDefinitionError(source, "front matter", "missing; the file must start with a '---' YAML block");
  let raw: unknown;
  try {
    raw = parseYaml(match[1]!);
  } catch (error) {
    throw new AgentDefinitionError(source, "front matter", `is not valid YAML (${(error as Error).message.split("\n")[0]})`);
  }
  const parsed = ZAgentMetadata.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AgentDefinitionError(source, issue.path.join(".") || "front matter", issue.message);
  }
  const sections = splitSections(match[2]!, source);
  checkPlaceholders(sections, source);
  return { ...parsed.data, sections, source };
}

/** Placeholders only in the task template, and only ones the renderer knows. */
export function checkPlaceholders(sections: Record<TAgentSection, string>, source: string): void {
  const known = new Set<string>(templatePlaceholders);
  for (const [name, content] of Object.entries(sections)) {
    for (const placeholder of placeholdersIn(content)) {
      if (name !== "Task template") {
        throw new AgentDefinitionError(source, `section "${name}"`, `placeholder {{${placeholder}}} is only allowed in the Task template`);
      }
      if (!known.has(placeholder)) {
        throw new AgentDefinitionError(source, `section "Task template"`, `unknown placeholder {{${placeholder}}}; known: ${templatePlaceholders.join(", ")}`);
      }
    }
  }
}
