// The policy editor's draft edits: rules added and removed without empty husks, limits, globs.
import { describe, expect, it } from "vitest";
import { ZToolPolicy } from "@/server/tools/policy/policy-schema";
import { allowedTools, parseGlobs, patchToolRule, sameDocument, setAgentLimits, setToolRule, toolRuleOf } from "./policy-draft";

const empty = () => ZToolPolicy.parse({});

describe("policy drafts", () => {
  it("adds and removes tool rules without leaving empty servers or agents behind", () => {
    let doc = setToolRule(empty(), "*", "files", "read_text_file", {});
    doc = setToolRule(doc, "*", "files", "list_directory", { operations: ["read"] });
    expect(doc.agents).toEqual({ "*": { servers: { files: { tools: { read_text_file: {}, list_directory: { operations: ["read"] } } } } } });
    expect(allowedTools(doc, "*", "files")).toEqual(["read_text_file", "list_directory"]);

    doc = setToolRule(doc, "*", "files", "read_text_file", null);
    doc = setToolRule(doc, "*", "files", "list_directory", null);
    expect(doc.agents).toEqual({});
    expect(sameDocument(doc, empty())).toBe(true);
  });

  it("keeps an agent that only has limits, and drops it when they go back to the defaults", () => {
    const limits = { callsPerStep: 3, wallTimeMs: 10_000, resultBytes: 2_048 };
    let doc = setAgentLimits(empty(), "qa_testing", limits);
    expect(doc.agents.qa_testing).toEqual({ servers: {}, limits });
    doc = setToolRule(doc, "qa_testing", "files", "*", {});
    doc = setAgentLimits(doc, "qa_testing", undefined);
    expect(doc.agents.qa_testing).toEqual({ servers: { files: { tools: { "*": {} } } } });
  });

  it("patches a rule and leaves out what was cleared", () => {
    let doc = setToolRule(empty(), "dev", "files", "write_file", { operations: ["write"], approval: true });
    doc = patchToolRule(doc, "dev", "files", "write_file", { paths: ["src/**"], approval: undefined });
    expect(toolRuleOf(doc, "dev", "files", "write_file")).toEqual({ operations: ["write"], paths: ["src/**"] });
    // Patching a tool that is not allowed changes nothing.
    expect(patchToolRule(doc, "dev", "files", "read_text_file", { approval: true })).toBe(doc);
  });

  it("does not mistake inherited names for rules", () => {
    expect(toolRuleOf(empty(), "constructor", "toString", "valueOf")).toBeUndefined();
    expect(allowedTools(empty(), "__proto__", "files")).toEqual([]);
  });

  it("reads globs one per line or comma separated", () => {
    expect(parseGlobs(" src/**, docs/*.md\n\nsrc/** ")).toEqual(["src/**", "docs/*.md"]);
    expect(parseGlobs("  \n ,")).toBeUndefined();
  });
});
