import type { LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { generateText, Output, streamText } from "ai";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { countTokens } from "@/server/agents/token-count";
import { createOfflineModel, streamChunks } from "./offline-model";

const question = "Summarise the sprint retro notes for the mobile team";


async function readAll(stream: ReadableStream<LanguageModelV3StreamPart>): Promise<LanguageModelV3StreamPart[]> {
  const parts: LanguageModelV3StreamPart[] = [];
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) parts.push(read.value);
  return parts;
}

describe("createOfflineModel", () => {
  it("is an AI SDK v3 language model from the offline provider", () => {
    const model = createOfflineModel();
    expect(model).toMatchObject({ specificationVersion: "v3", provider: "offline", modelId: "offline-model" });
    expect(createOfflineModel("offline-large").modelId).toBe("offline-large");
  });

  it("answers a plain chat call by saying it is the offline model and echoing the request, with real token counts", async () => {
    const result = await generateText({ model: createOfflineModel(), prompt: question });
    expect(result.text).toMatch(/^This is the offline model: no model provider is configured/);
    expect(result.text).toContain(`You asked: "${question}"`);
    expect(result.text).toContain("Key terms noticed: sprint, retro, note.");
    expect(result.text).toContain("Settings → Models");
    expect(result.finishReason).toBe("stop");
    expect(result.usage.inputTokens).toBe(countTokens(question));
    expect(result.usage.outputTokens).toBe(countTokens(result.text));
    expect(result.usage.inputTokenDetails.cacheReadTokens).toBe(0);
    expect(result.response.modelId).toBe("offline-model");
    expect(result.response.id).toMatch(/^offline-[0-9a-f]{24}$/);
    expect(result.providerMetadata?.offline?.promptHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("counts the whole prompt (system and every message) as input", async () => {
    const system = "You are terse.";
    const messages = [
      { role: "user" as const, content: "First question about invoices" },
      { role: "assistant" as const, content: "First answer" },
      { role: "user" as const, content: "Second question about refunds" },
    ];
    const result = await generateText({ model: createOfflineModel(), system, messages });
    const all = [system, ...messages.map((m) => m.content)].join("\n");
    expect(result.usage.inputTokens).toBe(countTokens(all));
    // The reply is about the latest user message.
    expect(result.text).toContain('You asked: "Second question about refunds"');
  });

  it("is deterministic: the same prompt gives the same text, a different prompt a different one", async () => {
    const model = createOfflineModel();
    const [a, b, c] = await Promise.all([
      generateText({ model, prompt: question }),
      generateText({ model, prompt: question }),
      generateText({ model, prompt: "Plan the warehouse inventory migration" }),
    ]);
    expect(b.text).toBe(a.text);
    expect(b.response.id).toBe(a.response.id);
    expect(c.text).not.toBe(a.text);
    expect(c.text).toContain("Key terms noticed: warehouse, inventory, migration.");
  });

  it("streams the same text as it generates, in word-ish chunks, and reports usage", async () => {
    const model = createOfflineModel();
    const generated = await generateText({ model, prompt: question });
    const streamed = streamText({ model, prompt: question });
    const chunks: string[] = [];
    for await (const chunk of streamed.textStream) chunks.push(chunk);
    expect(chunks.join("")).toBe(generated.text);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks[0]).toBe("This is the ");
    expect(await streamed.usage).toMatchObject({ inputTokens: generated.usage.inputTokens, outputTokens: generated.usage.outputTokens });
    expect(await streamed.finishReason).toBe("stop");
  });

  it("emits the v3 stream parts in order", async () => {
    const { stream } = await createOfflineModel().doStream({ prompt: [{ role: "user", content: [{ type: "text", text: "Hello there" }] }] });
    const parts = await readAll(stream);
    const types = parts.map((p) => p.type);
    expect(types.slice(0, 3)).toEqual(["stream-start", "response-metadata", "text-start"]);
    expect(types.slice(-2)).toEqual(["text-end", "finish"]);
    expect(types.slice(3, -2).every((t) => t === "text-delta")).toBe(true);
    expect(parts[0]).toEqual({ type: "stream-start", warnings: [] });
    const finish = parts.at(-1);
    expect(finish?.type === "finish" && finish.finishReason).toEqual({ unified: "stop", raw: "stop" });
    expect(finish?.type === "finish" && finish.usage.inputTokens.total).toBe(countTokens("Hello there"));
  });

  it("splits text into chunks of at most three words that join back exactly", () => {
    const text = "  one two three\nfour  five six seven\n\n";
    const chunks = streamChunks(text);
    expect(chunks.join("")).toBe(text);
    expect(chunks).toEqual(["  one two three\n", "four  five six ", "seven\n\n"]);
  });

  it("cuts the answer at maxOutputTokens and says so", async () => {
    const result = await generateText({ model: createOfflineModel(), prompt: question, maxOutputTokens: 8 });
    expect(result.finishReason).toBe("length");
    expect(result.usage.outputTokens).toBeLessThanOrEqual(8);
    expect(result.text).toBe("This is the offline model: no model");
  });

  it("calls tools it knows without warnings, and counts the tool definitions as input", async () => {
    const tools = { write_file: { description: "Write a file", inputSchema: z.object({ path: z.string(), content: z.string() }) } };
    const plain = await generateText({ model: createOfflineModel(), prompt: question });
    const result = await generateText({ model: createOfflineModel(), prompt: question, tools });
    expect(result.warnings).toEqual([]);
    expect(result.finishReason).toBe("tool-calls");
    expect(result.toolCalls).toMatchObject([{ toolName: "write_file", input: { path: "notes/agent.md", content: plain.text } }]);
    expect(result.usage.inputTokens).toBeGreaterThan(plain.usage.inputTokens!);
  });
});

describe("createOfflineModel with structured output", () => {
  const ZTicket = z.object({
    title: z.string().min(5).max(80),
    priority: z.enum(["low", "medium", "high"]),
    estimateHours: z.number().min(0.5).max(40),
    assignee: z.object({ email: z.email(), name: z.string() }).nullable(),
    labels: z.array(z.string()).min(1).max(3),
    dueDate: z.iso.date().optional(),
    subtasks: z.array(z.object({ id: z.uuid(), done: z.boolean(), points: z.number().int().positive().max(8) })),
  });
  const ZSurvey = z.object({
    questions: z
      .array(
        z.discriminatedUnion("kind", [
          z.object({ kind: z.literal("scale"), min: z.literal(1), max: z.number().int().min(5).max(10) }),
          z.object({ kind: z.literal("text"), maxLength: z.number().int() }),
        ]),
      )
      .length(3),
    audience: z.object({ segment: z.enum(["trial", "paid"]), regions: z.record(z.enum(["eu", "us"]), z.number().min(0).max(1)) }),
    launchUrl: z.url(),
  });

  it("returns an object that passes a nested schema with enums, bounds, formats, nullables and optionals", async () => {
    const result = await generateText({ model: createOfflineModel(), output: Output.object({ schema: ZTicket }), prompt: "Create a ticket for the login bug" });
    const ticket = ZTicket.parse(result.output);
    expect(ticket.priority).toBe("low");
    expect(ticket.title.length).toBeGreaterThanOrEqual(5);
    expect(ticket.assignee?.email).toMatch(/@example\.com$/);
    expect(ticket.labels).toHaveLength(2);
    expect(ticket.dueDate).toMatch(/^2025-\d\d-\d\d$/);
    expect(ticket.subtasks).toHaveLength(2);
    expect(ticket.subtasks[0]?.id).not.toBe(ticket.subtasks[1]?.id);
    expect(ticket.estimateHours).toBeGreaterThanOrEqual(0.5);
    expect(ticket.estimateHours).toBeLessThanOrEqual(40);
    expect(JSON.parse(result.text)).toEqual(result.output);
  });

  it("returns an object that passes unions, records with enum keys and fixed-length arrays", async () => {
    const result = await generateText({ model: createOfflineModel(), output: Output.object({ schema: ZSurvey }), prompt: "Draft a customer survey" });
    const survey = ZSurvey.parse(result.output);
    expect(survey.questions).toHaveLength(3);
    expect(survey.questions[0]).toMatchObject({ kind: "scale", min: 1 });
    expect(Object.keys(survey.audience.regions)).toEqual(["eu", "us"]);
    expect(survey.launchUrl).toMatch(/^https:\/\/example\.com\/launch-url\/\d+$/);
  });

  it("weaves the request into free text and stays deterministic", async () => {
    const ZNote = z.object({ description: z.string() });
    const run = (prompt: string) => generateText({ model: createOfflineModel(), output: Output.object({ schema: ZNote }), prompt });
    const [a, b, c] = await Promise.all([run("Describe the invoice export"), run("Describe the invoice export"), run("Describe the payroll import")]);
    expect(a.output.description).toMatch(/^Description for invoice, export \(offline draft \d+\)\.$/);
    expect(b.output).toEqual(a.output);
    expect(c.output.description).toMatch(/^Description for payroll, import/);
  });
});

describe("createOfflineModel and abort signals", () => {
  it("rejects a call whose signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(generateText({ model: createOfflineModel(), prompt: question, abortSignal: controller.signal, maxRetries: 0 })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("stops a stream between chunks once aborted", async () => {
    const controller = new AbortController();
    const { stream } = await createOfflineModel().doStream({ prompt: [{ role: "user", content: [{ type: "text", text: question }] }], abortSignal: controller.signal });
    const reader = stream.getReader();
    expect((await reader.read()).value?.type).toBe("stream-start");
    controller.abort();
    await expect(reader.read()).rejects.toMatchObject({ name: "AbortError" });
  });

  it("ends streamText early and rejects its text when aborted mid-stream", async () => {
    const controller = new AbortController();
    const result = streamText({ model: createOfflineModel(), prompt: question, abortSignal: controller.signal, onError: () => {} });
    const chunks: string[] = [];
    for await (const chunk of result.textStream) {
      chunks.push(chunk);
      if (chunks.length === 2) controller.abort();
    }
    expect(chunks.length).toBeLessThan(5);
    await expect(result.text).rejects.toMatchObject({ name: "AbortError" });
  });
});
