// Tool calling through the gateway, against the real AI SDK providers and the
// local OpenAI/Anthropic wire-format server, and with the offline model: the
// gateway hands the model's calls back, the caller answers them, and calls again.
import type { ModelMessage } from "ai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { builtInAgent } from "@/server/agents/catalogue";
import { parseAgentResponse } from "@/server/agents/parse-response";
import { renderPrompt } from "@/server/agents/render-prompt";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { makeWorkspace } from "@/server/testing/fixtures";
import { costOf, microsToUsd } from "./cost";
import { startFakeLlmServer, type FakeLlmServer } from "./testing/fake-llm-server";
import { testGateway, workspaceOnFakeServer } from "./testing/gateway-harness";
import type { TModelCallResult, TModelCallSuccess, TModelToolCall, TModelToolSpec } from "./types";

let fake: FakeLlmServer;
beforeAll(async () => {
  fake = await startFakeLlmServer();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const ok = (r: TModelCallResult) => {
  expect(r.ok).toBe(true);
  return r as TModelCallSuccess;
};
const ask = (content: string): ModelMessage[] => [{ role: "user", content }];
const path = { type: "object", properties: { path: { type: "string", description: "Relative path" } }, required: ["path"] };
const tools: TModelToolSpec[] = [
  { name: "filesystem__read_file", description: "Read a text file", inputSchema: path },
  { name: "filesystem__list_directory", description: "List a directory", inputSchema: path },
  {
    name: "filesystem__write_file",
    description: "Write a text file",
    inputSchema: { type: "object", properties: { path: { type: "string" }, content: { type: "string" } }, required: ["path", "content"] },
  },
];
/** What the run step appends after running the calls: one tool message with every result. */
const resultsFor = (calls: TModelToolCall[], value: (call: TModelToolCall) => { type: "text" | "error-text"; value: string }): ModelMessage => ({
  role: "tool",
  content: calls.map((c) => ({ type: "tool-result", toolCallId: c.toolCallId, toolName: c.toolName, output: value(c) })),
});

describe("tool calls through the gateway", () => {
  it("OpenAI: returns the calls and the assistant message, then the answer to the results; both calls are billed", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-5-mini"] } });
    const { gateway } = testGateway();
    fake.script("gpt-5-mini", [
      { toolCalls: [{ id: "call_readme", name: "filesystem__read_file", input: { path: "README.md" } }], usage: { input: 400, output: 20 } },
      { text: "The README describes a task board.", usage: { input: 480, output: 10 } },
    ]);
    const base = { workspaceId: ws.workspaceId, tier: "fast" as const, runId: "run_tools", agentId: "backend_developer", tools };

    const first = ok(await gateway.callModel({ ...base, messages: ask("What is in the README?") }));
    expect(first.text).toBe("");
    expect(first.toolCalls).toEqual([{ toolCallId: "call_readme", toolName: "filesystem__read_file", input: { path: "README.md" } }]);
    expect(first.responseMessages).toMatchObject([{ role: "assistant", content: [{ type: "tool-call", toolCallId: "call_readme", toolName: "filesystem__read_file", input: { path: "README.md" } }] }]);
    expect(first.cache).toEqual({ hit: false, level: null });
    // The tools reach OpenAI as functions with their JSON Schema.
    expect(fake.requests[0]!.body.tools).toEqual([
      { type: "function", function: { name: "filesystem__read_file", description: "Read a text file", parameters: path } },
      { type: "function", function: expect.objectContaining({ name: "filesystem__list_directory" }) },
      { type: "function", function: expect.objectContaining({ name: "filesystem__write_file" }) },
    ]);

    const messages = [...ask("What is in the README?"), ...first.responseMessages, resultsFor(first.toolCalls, () => ({ type: "text", value: "# Task board\nKanban for teams." }))];
    const second = ok(await gateway.callModel({ ...base, messages }));
    expect(second.text).toBe("The README describes a task board.");
    expect(second.toolCalls).toEqual([]);
    const sent = fake.requests[1]!.body.messages as Record<string, unknown>[];
    expect(sent.slice(1)).toEqual([
      { role: "assistant", content: null, tool_calls: [{ id: "call_readme", type: "function", function: { name: "filesystem__read_file", arguments: '{"path":"README.md"}' } }] },
      { role: "tool", tool_call_id: "call_readme", content: "# Task board\nKanban for teams." },
    ]);

    const db = await getDb();
    const rows = await db.modelCall.findMany({ where: { workspaceId: ws.workspaceId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.status, r.runId, r.inputTokens, r.outputTokens, Number(r.costMicros)])).toEqual([
      ["ok", "run_tools", 400, 20, costOf("openai", "gpt-5-mini", first.usage).micros],
      ["ok", "run_tools", 480, 10, costOf("openai", "gpt-5-mini", second.usage).micros],
    ]);
    expect(first.costUsd).toBeGreaterThan(0);
  });

  it("Anthropic, streamed: text streams to onDelta, tool_use blocks come back as calls, tool_result goes out", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { balanced: ["anthropic:claude-sonnet-4-5"] } });
    const { gateway } = testGateway();
    fake.script("claude-sonnet-4-5", [
      {
        text: "Let me look first.",
        toolCalls: [
          { id: "toolu_list", name: "filesystem__list_directory", input: { path: "." } },
          { id: "toolu_write", name: "filesystem__write_file", input: { path: "docs/plan.md", content: "# Plan" } },
        ],
        usage: { input: 900, output: 60 },
      },
      { chunks: ["The write ", "was denied."], usage: { input: 1000, output: 5 } },
    ]);
    const deltas: string[] = [];
    const base = { workspaceId: ws.workspaceId, tools, onDelta: (d: string) => deltas.push(d) };

    const first = ok(await gateway.callModel({ ...base, messages: ask("Plan it") }));
    expect(deltas.join("")).toBe("Let me look first.");
    expect(first.text).toBe("Let me look first.");
    expect(first.toolCalls).toEqual([
      { toolCallId: "toolu_list", toolName: "filesystem__list_directory", input: { path: "." } },
      { toolCallId: "toolu_write", toolName: "filesystem__write_file", input: { path: "docs/plan.md", content: "# Plan" } },
    ]);
    expect(first.responseMessages).toHaveLength(1);
    expect(first.responseMessages[0]).toMatchObject({ role: "assistant", content: [{ type: "text", text: "Let me look first." }, { type: "tool-call" }, { type: "tool-call" }] });
    expect(fake.requests[0]).toMatchObject({ api: "anthropic", stream: true });
    expect(fake.requests[0]!.body.tools).toEqual([
      expect.objectContaining({ name: "filesystem__read_file", description: "Read a text file", input_schema: path }),
      expect.objectContaining({ name: "filesystem__list_directory" }),
      expect.objectContaining({ name: "filesystem__write_file" }),
    ]);

    deltas.length = 0;
    const results = resultsFor(first.toolCalls, (c) => (c.toolName.endsWith("write_file") ? { type: "error-text", value: "Denied by tool policy" } : { type: "text", value: "docs/" }));
    const second = ok(await gateway.callModel({ ...base, messages: [...ask("Plan it"), ...first.responseMessages, results] }));
    expect(second.text).toBe("The write was denied.");
    expect(deltas).toEqual(["The write ", "was denied."]);
    const sent = fake.requests[1]!.body.messages as { role: string; content: Record<string, unknown>[] }[];
    expect(sent.at(-1)).toMatchObject({
      role: "user",
      content: [
        { type: "tool_result", tool_use_id: "toolu_list", content: "docs/" },
        { type: "tool_result", tool_use_id: "toolu_write", content: "Denied by tool policy", is_error: true },
      ],
    });
    expect(second.costUsd).toBeCloseTo(microsToUsd(costOf("anthropic", "claude-sonnet-4-5", second.usage).micros), 12);
    const db = await getDb();
    expect(await db.modelCall.count({ where: { workspaceId: ws.workspaceId, status: "ok" } })).toBe(2);
  });

  it("leaves out a call to a tool that was never offered: the SDK already answered it with an error", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-5-mini"] } });
    const { gateway } = testGateway();
    fake.script("gpt-5-mini", [
      {
        toolCalls: [
          { id: "call_bad", name: "shell__exec", input: { cmd: "ls" } },
          { id: "call_good", name: "filesystem__read_file", input: { path: "a.md" } },
        ],
      },
    ]);
    const r = ok(await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", tools, messages: ask("x") }));
    expect(r.toolCalls.map((c) => c.toolCallId)).toEqual(["call_good"]);
    expect(r.responseMessages.map((m) => m.role)).toEqual(["assistant", "tool"]);
    expect(JSON.stringify(r.responseMessages[1])).toContain("call_bad");
  });

  it("never serves a tool call or a tool conversation from the cache", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-4.1-mini"] } });
    const { gateway } = testGateway();
    fake.defaultReply = () => ({ toolCalls: [{ name: "filesystem__read_file", input: { path: "a.md" } }] });
    const request = { workspaceId: ws.workspaceId, tier: "fast" as const, tools, messages: ask("read a.md") };
    expect(ok(await gateway.callModel(request)).cache.hit).toBe(false);
    expect(ok(await gateway.callModel(request)).cache.hit).toBe(false);

    // A conversation carrying tool results is unique to its run, even with no tools offered on this call.
    fake.defaultReply = () => ({ text: "done" });
    const call: TModelToolCall = { toolCallId: "call_1", toolName: "filesystem__read_file", input: { path: "a.md" } };
    const conversation: ModelMessage[] = [
      ...ask("read a.md"),
      { role: "assistant", content: [{ type: "tool-call", ...call }] },
      resultsFor([call], () => ({ type: "text", value: "hello" })),
    ];
    ok(await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", messages: conversation }));
    expect(ok(await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", messages: conversation })).cache.hit).toBe(false);
    expect(fake.count("gpt-4.1-mini")).toBe(4);
    const db = await getDb();
    expect(await db.modelCacheEntry.count({ where: { workspaceId: ws.workspaceId } })).toBe(0);

    // Without tools the same plain question is cached as before, with its assistant message rebuilt.
    ok(await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", messages: ask("plain") }));
    const hit = ok(await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", messages: ask("plain") }));
    expect(hit).toMatchObject({ cache: { hit: true }, toolCalls: [], responseMessages: [{ role: "assistant", content: [{ type: "text", text: "done" }] }] });
  });

  it("rejects invalid tool names, duplicates, non-object schemas and tools with a schema, before any call or row", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-5-mini"] } });
    const { gateway } = testGateway();
    const attempt = (input: Partial<Parameters<typeof gateway.callModel>[0]>) =>
      gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", messages: ask("x"), ...input }).catch((e: unknown) => e);
    const spec = tools[0]!;

    const badName = await attempt({ tools: [{ ...spec, name: "filesystem.read file" }] });
    expect(badName).toBeInstanceOf(AppError);
    expect(badName).toMatchObject({ code: "INVALID_INPUT", message: 'Tool name "filesystem.read file" is not valid: use 1–64 letters, digits, "_" or "-".' });
    expect(await attempt({ tools: [{ ...spec, name: "x".repeat(65) }] })).toMatchObject({ code: "INVALID_INPUT" });
    expect(await attempt({ tools: [spec, spec] })).toMatchObject({ code: "INVALID_INPUT", message: 'Tool "filesystem__read_file" is offered twice.' });
    expect(await attempt({ tools: [{ ...spec, inputSchema: { type: "string" } }] })).toMatchObject({ code: "INVALID_INPUT" });
    expect(await attempt({ tools, schema: z.object({ a: z.string() }) })).toMatchObject({
      code: "INVALID_INPUT",
      message: "A model call cannot ask for structured output (schema) and offer tools at the same time.",
    });
    expect(fake.requests).toHaveLength(0);
    const db = await getDb();
    expect(await db.modelCall.count({ where: { workspaceId: ws.workspaceId } })).toBe(0);
  });
});

describe("tool calls with the offline model", () => {
  it("lists, writes its first deliverable, then answers with the results in a Tool calls section — labelled, free and recorded", async () => {
    const ws = await makeWorkspace("Offline tools");
    const { gateway } = testGateway();
    const agent = builtInAgent("backend_developer")!;
    const prompt = renderPrompt({ agent, task: "Build an invoice export for accountants.", project: { name: "Ledger", description: "", facts: {} }, workspace: { name: "Acme" } });
    const base = { workspaceId: ws.workspace.id, runId: "run_offline", agentId: agent.id, system: prompt.system, tools };

    const first = ok(await gateway.callModel({ ...base, messages: prompt.messages }));
    expect(first).toMatchObject({ offline: true, provider: "offline", costUsd: 0, text: "" });
    expect(first.toolCalls.map((c) => [c.toolName, (c.input as { path: string }).path])).toEqual([
      ["filesystem__list_directory", "."],
      ["filesystem__write_file", "docs/backend/implementation.md"],
    ]);
    expect((first.toolCalls[1]!.input as { content: string }).content).toMatch(/^# Backend implementation — Ledger/);

    const results = resultsFor(first.toolCalls, (c) => (c.toolName.endsWith("write_file") ? { type: "error-text", value: "Write denied: needs approval" } : { type: "text", value: "[DIR] docs" }));
    const deltas: string[] = [];
    const second = ok(await gateway.callModel({ ...base, messages: [...prompt.messages, ...first.responseMessages, results], onDelta: (d) => deltas.push(d) }));
    expect(deltas.join("")).toBe(second.text);
    expect(second.toolCalls).toEqual([]);
    const parsed = parseAgentResponse(second.text, agent);
    expect(parsed.problems).toEqual([]);
    const log = parsed.deliverables[0]!.content.split("## Tool calls\n\n")[1]!.split("\n");
    expect(log[0]).toBe('- `filesystem__list_directory` (path: "."): ok — [DIR] docs');
    expect(log[1]).toMatch(/^- `filesystem__write_file` \(path: "docs\/backend\/implementation\.md", content: \d+ chars\): error — Write denied: needs approval$/);

    const db = await getDb();
    const rows = await db.modelCall.findMany({ where: { workspaceId: ws.workspace.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.provider, r.status, r.runId, Number(r.costMicros), r.cacheHit])).toEqual([
      ["offline", "ok", "run_offline", 0, false],
      ["offline", "ok", "run_offline", 0, false],
    ]);
    expect(rows[0]!.outputTokens).toBeGreaterThan(100);
  });
});
