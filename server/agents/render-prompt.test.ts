import { beforeEach, describe, expect, it } from "vitest";
import { builtInAgent } from "./catalogue";
import { clearPromptCache, promptCacheStats, renderPrompt, type TRenderPromptInput } from "./render-prompt";
import { countTokens } from "./token-count";

const backend = builtInAgent("backend_developer")!;
const base: TRenderPromptInput = {
  agent: backend,
  task: "Implement the task-board endpoints.",
  project: { name: "Task Manager", description: "Kanban for small teams.", facts: { has_ai_features: false, needs_mobile: true }, repositoryUrl: "https://github.com/acme/tasks" },
  workspace: { name: "Acme" },
  inputs: [
    { type: "api_specification", name: "API specification", fromAgent: "technical_writer_phase1", content: "openapi: 3.1.0\npaths:\n  /boards: {}" },
    { type: "data_model", name: "Data model", fromAgent: "technical_writer_phase1", content: "CREATE TABLE boards (id uuid primary key);" },
  ],
  handoffs: [{ fromAgent: "technical_writer_phase1", summary: "Spec and schema are ready.", nextTasks: ["Build /boards CRUD"], at: new Date("2026-01-01") }],
  memory: [{ kind: "decision", content: "We chose PostgreSQL 16 and Prisma.", score: 0.91, source: "run 12" }],
};

beforeEach(() => clearPromptCache());

describe("renderPrompt", () => {
  it("fills every placeholder and labels each context section", () => {
    const out = renderPrompt(base);
    const user = out.messages[0]!.content;
    expect(user).not.toMatch(/\{\{/);
    expect(user).toContain("Implement the task-board endpoints.");
    // The template labels each context section itself; the renderer adds no second heading.
    expect(user).toContain("### Upstream deliverables");
    expect(user).not.toMatch(/^## Upstream deliverables$/m);
    expect(user).toContain("CREATE TABLE boards");
    expect(user).toContain("### Handoffs from earlier agents");
    expect(user).toContain("Build /boards CRUD");
    expect(user).toContain("### Project memory");
    expect(user).toContain("We chose PostgreSQL 16 and Prisma.");
    expect(user).toContain("has_ai_features: no, needs_mobile: yes");
    expect(out.system).toContain("# Backend Developer");
    expect(out.system).toContain('<deliverable type="backend_implementation" format="markdown"');
    expect(out.system).toContain('<handoff to="qa_testing">');
    expect(out.tokenCount).toBe(countTokens(out.system) + countTokens(user));
    expect(out.trimmed).toEqual([]);
  });

  it("labels context itself when a custom template gives no heading", () => {
    const bare = { ...backend, sections: { ...backend.sections, "Task template": "Do {{task}}\n{{inputs}}\n{{handoffs}}\n{{memory}}" } };
    const user = renderPrompt({ ...base, agent: bare }).messages[0]!.content;
    expect(user).toMatch(/^## Upstream deliverables$/m);
    expect(user).toMatch(/^## Handoffs$/m);
    expect(user).toMatch(/^## Project memory$/m);
  });

  it("is deterministic and caches by content hash", () => {
    const a = renderPrompt(base);
    const b = renderPrompt({ ...base, project: { ...base.project } });
    expect(a.cacheHit).toBe(false);
    expect(b.cacheHit).toBe(true);
    expect(b.hash).toBe(a.hash);
    const c = renderPrompt({ ...base, task: "Something else" });
    expect(c.hash).not.toBe(a.hash);
    expect(promptCacheStats()).toMatchObject({ hits: 1, misses: 2 });
  });

  it("drops the lowest-ranked context first and reports it", () => {
    const filler = (n: number) => "lorem ipsum dolor sit amet ".repeat(n);
    const input: TRenderPromptInput = {
      ...base,
      memory: [
        { kind: "fact", content: `low ${filler(300)}`, score: 0.2 },
        { kind: "decision", content: `high ${filler(300)}`, score: 0.9 },
      ],
      handoffs: [
        { fromAgent: "old_agent", summary: `old ${filler(300)}`, nextTasks: [], at: new Date("2026-01-01") },
        { fromAgent: "new_agent", summary: `new ${filler(300)}`, nextTasks: [], at: new Date("2026-02-01") },
      ],
    };
    const full = renderPrompt({ ...input, maxTokens: 100_000 });
    expect(full.trimmed).toEqual([]);
    const low = countTokens(`- [fact] low ${filler(300)}`);
    const high = countTokens(`- [decision] high ${filler(300)}`);

    // Just too small for everything: only the lowest-scored memory goes.
    const tightBudget = full.tokenCount - Math.floor(low / 2);
    const tight = renderPrompt({ ...input, maxTokens: tightBudget });
    expect(tight.tokenCount).toBeLessThanOrEqual(tightBudget);
    expect(tight.trimmed.map((t) => [t.label, t.action])).toEqual([["fact memory (score 0.20)", "dropped"]]);
    expect(tight.messages[0]!.content).toContain("high lorem");
    expect(tight.messages[0]!.content).not.toContain("low lorem");
    expect(tight.messages[0]!.content).toContain("left out to fit the context window");

    // Tighter still: memory goes before any handoff, and the oldest handoff before the newest.
    const tighter = renderPrompt({ ...input, maxTokens: full.tokenCount - low - Math.floor(high * 1.5) });
    expect(tighter.trimmed.map((t) => t.label)).toEqual([
      "fact memory (score 0.20)",
      "decision memory (score 0.90)",
      "handoff from old_agent",
    ]);
    expect(tighter.messages[0]!.content).toContain("new lorem");
  });

  it("truncates a required input instead of dropping it", () => {
    const huge = "CREATE TABLE t (id int);\n".repeat(4000);
    const out = renderPrompt({ ...base, inputs: [{ ...base.inputs![1]!, content: huge }, base.inputs![0]!], maxTokens: 12_000 });
    expect(out.tokenCount).toBeLessThanOrEqual(12_000);
    const truncated = out.trimmed.find((t) => t.action === "truncated");
    expect(truncated?.label).toMatch(/^Data model/);
    expect(out.messages[0]!.content).toContain("[… truncated to fit the context window]");
    expect(out.messages[0]!.content).toContain("openapi: 3.1.0");
  });
});
