import { describe, expect, it } from "vitest";
import { operationFromName, toolOperation } from "./operation";

describe("toolOperation", () => {
  it("classifies the filesystem server's tools from their annotations and names", () => {
    const readOnly = { readOnlyHint: true, openWorldHint: false };
    const destructive = { readOnlyHint: false, destructiveHint: true };
    expect(toolOperation("fs", { name: "read_text_file", annotations: readOnly })).toBe("read");
    expect(toolOperation("fs", { name: "directory_tree", annotations: readOnly })).toBe("read");
    expect(toolOperation("fs", { name: "list_directory_with_sizes", annotations: readOnly })).toBe("read");
    expect(toolOperation("fs", { name: "write_file", annotations: destructive })).toBe("write");
    expect(toolOperation("fs", { name: "move_file", annotations: destructive })).toBe("write");
    // readOnlyHint false without destructiveHint is still not a read.
    expect(toolOperation("fs", { name: "create_directory", annotations: { readOnlyHint: false, destructiveHint: false } })).toBe("write");
  });

  it("takes the explicit override first, even over a stricter heuristic", () => {
    const overrides = { db: { run_query: "read" as const } };
    expect(toolOperation("db", { name: "run_query" }, overrides)).toBe("read");
    expect(toolOperation("other", { name: "run_query" }, overrides)).toBe("execute");
  });

  it("never lets a server's hint make a tool looser than its name", () => {
    expect(toolOperation("x", { name: "delete_repository", annotations: { readOnlyHint: true } })).toBe("write");
    expect(toolOperation("x", { name: "run_shell", annotations: { readOnlyHint: true } })).toBe("execute");
  });

  it("uses the annotations when the name says nothing", () => {
    expect(toolOperation("everything", { name: "echo", annotations: { readOnlyHint: true } })).toBe("read");
    expect(toolOperation("x", { name: "frobnicate", annotations: { readOnlyHint: true } })).toBe("read");
    expect(toolOperation("x", { name: "frobnicate", annotations: { destructiveHint: true } })).toBe("write");
    // Only a title: no opinion, so the name decides.
    expect(toolOperation("x", { name: "get_issue", annotations: { title: "Issue" } })).toBe("read");
  });

  it("falls back to the name, then to execute", () => {
    expect(toolOperation("x", { name: "search_code" })).toBe("read");
    expect(toolOperation("x", { name: "getPullRequest" })).toBe("read");
    expect(toolOperation("x", { name: "create_issue" })).toBe("write");
    expect(toolOperation("x", { name: "exec" })).toBe("execute");
    expect(toolOperation("x", { name: "frobnicate" })).toBe("execute");
    expect(toolOperation("x", { name: "constructor" })).toBe("execute");
  });
});

describe("operationFromName", () => {
  it("execute words anywhere beat write words, which beat a leading read word", () => {
    expect(operationFromName("execute_command")).toBe("execute");
    expect(operationFromName("list_and_run")).toBe("execute");
    expect(operationFromName("get_or_create_branch")).toBe("write");
    expect(operationFromName("read_file")).toBe("read");
    expect(operationFromName("settings")).toBeNull();
    expect(operationFromName("max_tokens")).toBeNull();
  });
});
