import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { makeWorkspace } from "@/server/testing/fixtures";

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
beforeAll(async () => {
  ws = await makeWorkspace("Custom Agents");
});
const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: TRPCError) => e.code);
const messageOf = (p: Promise<unknown>) => p.then(() => "", (e: TRPCError) => e.message);

async function latest(key: string) {
  const { id: _id, ...definition } = await ws.as("member").agent.version({
    workspaceSlug: ws.slug,
    key,
    version: (await ws.as("member").agent.versions({ workspaceSlug: ws.slug, key }))[0]!.version,
  });
  return definition;
}

describe("custom agents and versions", () => {
  it("forks a built-in into a custom agent at version 1", async () => {
    const created = await ws.as("member").agent.create({ workspaceSlug: ws.slug, key: "strict_reviewer", forkOf: "code_reviewer" });
    expect(created).toMatchObject({ key: "strict_reviewer", forkedFrom: "code_reviewer", latestVersion: 1 });
    const agent = await ws.as("viewer").agent.get({ workspaceSlug: ws.slug, agentId: "strict_reviewer" });
    expect(agent).toMatchObject({ name: "Code Reviewer (custom)", builtIn: false, custom: { version: 1, forkedFrom: "code_reviewer" } });
    const list = await ws.as("viewer").agent.list({ workspaceSlug: ws.slug });
    expect(list).toHaveLength(24);
  });

  it("publishes immutable versions, diffs them and rolls back", async () => {
    await ws.as("member").agent.create({ workspaceSlug: ws.slug, key: "docs_writer", forkOf: "technical_writer_phase2" });
    const v1 = await latest("docs_writer");
    const v2 = await ws.as("member").agent.publish({
      workspaceSlug: ws.slug,
      key: "docs_writer",
      definition: { ...v1, modelTier: "fast", sections: { ...v1.sections, Role: `${v1.sections.Role}\n\nWrite in British English.` } },
      note: "British spelling",
    });
    expect(v2.version).toBe(2);
    const v3 = await ws.as("member").agent.publish({ workspaceSlug: ws.slug, key: "docs_writer", definition: { ...v1, name: "Docs Writer" } });
    expect(v3.version).toBe(3);

    const diff = await ws.as("viewer").agent.diff({ workspaceSlug: ws.slug, key: "docs_writer", from: 1, to: 2 });
    expect(diff.map((d) => d.field)).toEqual(["Metadata", "Role"]);
    const role = diff.find((d) => d.field === "Role")!;
    expect(role.parts.filter((p) => p.kind === "added").map((p) => p.text).join("")).toContain("Write in British English.");
    // Appending keeps the old text unchanged rather than removed and re-added.
    expect(role.parts.filter((p) => p.kind === "removed")).toEqual([]);
    const meta = diff.find((d) => d.field === "Metadata")!;
    expect(meta.parts.find((p) => p.kind === "removed")?.text).toContain("modelTier: balanced");
    expect(meta.parts.find((p) => p.kind === "added")?.text).toContain("modelTier: fast");

    const rolled = await ws.as("member").agent.rollback({ workspaceSlug: ws.slug, key: "docs_writer", version: 2 });
    expect(rolled).toMatchObject({ version: 4, note: "Rolled back to version 2" });
    const history = await ws.as("viewer").agent.versions({ workspaceSlug: ws.slug, key: "docs_writer" });
    expect(history.map((h) => h.version)).toEqual([4, 3, 2, 1]);
    expect(history[0]!.contentHash).toBe(history[2]!.contentHash);
    expect((await ws.as("viewer").agent.get({ workspaceSlug: ws.slug, agentId: "docs_writer" })).modelTier).toBe("fast");
  });

  it("refuses to publish an unchanged definition", async () => {
    await ws.as("member").agent.create({ workspaceSlug: ws.slug, key: "same_same", forkOf: "qa_testing" });
    const v1 = await latest("same_same");
    expect(await messageOf(ws.as("member").agent.publish({ workspaceSlug: ws.slug, key: "same_same", definition: v1 }))).toBe(
      "Nothing changed since the latest version.",
    );
  });

  it("validates definitions like the built-in files", async () => {
    await ws.as("member").agent.create({ workspaceSlug: ws.slug, key: "validated", forkOf: "ui_designer" });
    const v1 = await latest("validated");
    const publish = (definition: typeof v1) => ws.as("member").agent.publish({ workspaceSlug: ws.slug, key: "validated", definition });
    expect(await messageOf(publish({ ...v1, sections: { ...v1.sections, "Task template": "{{task}} {{password}}" } }))).toMatch(/unknown placeholder \{\{password\}\}/);
    expect(await messageOf(publish({ ...v1, nextAgents: ["ghost_agent"] }))).toMatch(/nextAgents\.0: no agent with id "ghost_agent"/);
    expect(await messageOf(publish({ ...v1, dependencies: ["unicorn_spec"] }))).toMatch(/dependencies\.0: no agent outputs "unicorn_spec"/);
    expect(await codeOf(publish({ ...v1, sections: { ...v1.sections, Handoff: "tbd" } }))).toBe("BAD_REQUEST");
  });

  it("overrides a built-in when the key is the built-in's id", async () => {
    await ws.as("member").agent.create({ workspaceSlug: ws.slug, key: "qa_testing", forkOf: "qa_testing" });
    const qa = await ws.as("viewer").agent.get({ workspaceSlug: ws.slug, agentId: "qa_testing" });
    expect(qa).toMatchObject({ name: "QA Testing", builtIn: false, custom: { version: 1 } });
    expect((await ws.as("viewer").agent.list({ workspaceSlug: ws.slug })).filter((a) => a.id === "qa_testing")).toHaveLength(1);
  });

  it("starts from a blank template that is valid", async () => {
    await ws.as("member").agent.create({ workspaceSlug: ws.slug, key: "release_manager", name: "Release Manager" });
    const agent = await ws.as("viewer").agent.get({ workspaceSlug: ws.slug, agentId: "release_manager" });
    expect(agent.outputs.map((o) => o.type)).toEqual(["release_manager_report"]);
    const preview = await ws.as("viewer").agent.previewPrompt({ workspaceSlug: ws.slug, agentId: "release_manager", task: "Plan v2.0" });
    expect(preview.system).toContain("# Release Manager");
  });

  it("rejects duplicate keys and lets viewers only read", async () => {
    expect(await codeOf(ws.as("member").agent.create({ workspaceSlug: ws.slug, key: "strict_reviewer", forkOf: "code_reviewer" }))).toBe("CONFLICT");
    expect(await codeOf(ws.as("viewer").agent.create({ workspaceSlug: ws.slug, key: "viewer_made", forkOf: "code_reviewer" }))).toBe("FORBIDDEN");
    expect(await codeOf(ws.as("member").agent.create({ workspaceSlug: ws.slug, key: "Bad-Key" }))).toBe("BAD_REQUEST");
  });
});
