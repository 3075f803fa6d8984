import { describe, expect, it } from "vitest";
import { toDescriptor, toolsHash, toToolResult } from "./tool-result";
import { childEnvironment, StderrTail } from "./transport";

describe("toToolResult", () => {
  it("joins the text parts and measures the payload", () => {
    const content = [
      { type: "text", text: "line one" },
      { type: "image", data: "aGk=", mimeType: "image/png" },
      { type: "text", text: "line two" },
    ];
    const result = toToolResult({ content, structuredContent: { n: 1 } });
    expect(result).toEqual({ content, structuredContent: { n: 1 }, isError: false, text: "line one\nline two", bytes: Buffer.byteLength(JSON.stringify({ content, structuredContent: { n: 1 } })) });
  });

  it("keeps the server's error flag", () => {
    expect(toToolResult({ content: [{ type: "text", text: "nope" }], isError: true })).toMatchObject({ isError: true, text: "nope" });
  });

  it("reads the old protocol's toolResult", () => {
    expect(toToolResult({ toolResult: { ok: 1 } })).toMatchObject({ content: [{ type: "text", text: '{"ok":1}' }], text: '{"ok":1}' });
  });
});

describe("toDescriptor and toolsHash", () => {
  const a = toDescriptor({ name: "a", inputSchema: { type: "object" }, annotations: { readOnlyHint: true, extra: 1, title: 7 } });
  const b = toDescriptor({ name: "b", description: "B", inputSchema: { type: "object", properties: { x: { type: "string" } } } });

  it("keeps the known annotations with the right types only", () => {
    expect(a).toEqual({ name: "a", description: "", inputSchema: { type: "object" }, annotations: { readOnlyHint: true } });
  });

  it("does not depend on tool order, and changes with a schema or an annotation", () => {
    expect(toolsHash([a, b])).toBe(toolsHash([b, a]));
    expect(toolsHash([a, { ...b, inputSchema: { type: "object" } }])).not.toBe(toolsHash([a, b]));
    expect(toolsHash([{ ...a, annotations: { readOnlyHint: false } }, b])).not.toBe(toolsHash([a, b]));
    expect(toolsHash([a, b])).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("transport helpers", () => {
  it("StderrTail keeps only the last bytes", () => {
    const tail = new StderrTail(10);
    tail.push(Buffer.from("0123456789"));
    tail.push(Buffer.from("abcdef"));
    expect(tail.text()).toBe("6789abcdef");
    tail.push(Buffer.from("x".repeat(50) + "END"));
    expect(tail.text()).toBe("xxxxxxxEND");
  });

  it("childEnvironment is PATH and HOME plus the configured env", () => {
    expect(childEnvironment({ TOKEN: "t" })).toEqual({ PATH: process.env.PATH, HOME: process.env.HOME, TOKEN: "t" });
  });
});
