import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPathArguments, isPathKey, mapPathArguments, resolveSandboxPath } from "./paths";

let root: string;
let realRoot: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "coral-paths-"));
  realRoot = await realpath(root);
  await mkdir(path.join(root, "src/a"), { recursive: true });
  await writeFile(path.join(root, "src/a/b.ts"), "export {};\n");
  await symlink("/etc", path.join(root, "src/evil"));
  await symlink(path.join(root, "src"), path.join(root, "src-link"));
  await symlink("/nonexistent-coral-target/new-file", path.join(root, "dangling"));
  await symlink(path.join(root, "loop-b"), path.join(root, "loop-a"));
  await symlink(path.join(root, "loop-a"), path.join(root, "loop-b"));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function refused(raw: unknown): Promise<string> {
  const check = await resolveSandboxPath(raw, root);
  if (check.ok) throw new Error(`expected ${JSON.stringify(raw)} to be refused, got ${check.relative}`);
  return check.reason;
}

describe("resolveSandboxPath", () => {
  it("accepts a legit path and returns it root-relative with its real absolute path", async () => {
    expect(await resolveSandboxPath("src/a/b.ts", root)).toEqual({ ok: true, relative: "src/a/b.ts", absolute: path.join(realRoot, "src/a/b.ts") });
    expect(await resolveSandboxPath("./src/./a//b.ts", root)).toMatchObject({ ok: true, relative: "src/a/b.ts" });
  });

  it("accepts a path that does not exist yet (a file about to be written)", async () => {
    expect(await resolveSandboxPath("src/new/dir/file.md", root)).toEqual({ ok: true, relative: "src/new/dir/file.md", absolute: path.join(realRoot, "src/new/dir/file.md") });
  });

  it("accepts the root itself as '.' and inner .. that stays inside", async () => {
    expect(await resolveSandboxPath(".", root)).toMatchObject({ ok: true, relative: "." });
    expect(await resolveSandboxPath("src/a/../a/b.ts", root)).toMatchObject({ ok: true, relative: "src/a/b.ts" });
  });

  it("accepts absolute paths inside the root, as configured or as its real path", async () => {
    expect(await resolveSandboxPath(path.join(root, "src/a/b.ts"), root)).toMatchObject({ ok: true, relative: "src/a/b.ts" });
    expect(await resolveSandboxPath(path.join(realRoot, "src"), root)).toMatchObject({ ok: true, relative: "src" });
  });

  it("refuses plain traversal", async () => {
    expect(await refused("../")).toBe("leaves the sandbox");
    expect(await refused("..")).toBe("leaves the sandbox");
    expect(await refused("src/../../etc/passwd")).toBe("leaves the sandbox");
  });

  it("refuses absolute paths outside the root, including a sibling sharing its prefix", async () => {
    expect(await refused("/etc/passwd")).toBe("is outside the sandbox");
    expect(await refused(`${root}-other/x`)).toBe("is outside the sandbox");
    expect(await refused("//etc/passwd")).toBe("is outside the sandbox");
  });

  it("decodes percent-encoding until stable, catching single and double encoding", async () => {
    expect(await refused("%2e%2e/etc/passwd")).toBe("leaves the sandbox");
    expect(await refused("%2e%2e%2f%2e%2e%2fetc")).toBe("leaves the sandbox");
    expect(await refused("%252e%252e/etc")).toBe("leaves the sandbox");
    expect(await refused("%25252e%25252e%25252fetc")).toBe("leaves the sandbox");
    expect(await refused("src%2f..%2f..%2fx")).toBe("leaves the sandbox");
    expect(await refused("%2fetc%2fpasswd")).toBe("is outside the sandbox");
    // An encoded backslash too.
    expect(await refused("src%5c..%5c..%5cx")).toBe("leaves the sandbox");
  });

  it("keeps a literal % that is not an escape", async () => {
    expect(await resolveSandboxPath("src/100%.txt", root)).toMatchObject({ ok: true, relative: "src/100%.txt" });
  });

  it("treats backslashes as separators", async () => {
    expect(await refused("src\\..\\..\\x")).toBe("leaves the sandbox");
    expect(await resolveSandboxPath("src\\a\\b.ts", root)).toMatchObject({ ok: true, relative: "src/a/b.ts" });
  });

  it("refuses NUL bytes and control characters, raw or encoded", async () => {
    expect(await refused("src/a/b.ts\0.png")).toBe("contains a NUL byte");
    expect(await refused("src/a/b.ts%00.png")).toBe("contains a NUL byte");
    expect(await refused("src/\n/x")).toBe("contains a control or invisible character");
    expect(await refused("src/\u202Efdp.exe")).toBe("contains a control or invisible character");
    expect(await refused("src/\u200B../x")).toBe("contains a control or invisible character");
  });

  it("refuses fullwidth and look-alike dots and slashes instead of guessing", async () => {
    expect(await refused("\uFF0E\uFF0E/etc/passwd")).toMatch(/U\+FF0E.*looks like a dot or a slash/);
    expect(await refused("..\uFF0Fetc")).toMatch(/U\+FF0F/);
    expect(await refused("\u2024\u2024/etc")).toMatch(/U\+2024/);
    expect(await refused("..\u2215etc")).toMatch(/U\+2215/);
    expect(await refused("..\u2044etc")).toMatch(/U\+2044/);
    expect(await refused("..\uFF3Cetc")).toMatch(/U\+FF3C/);
    expect(await refused("%EF%BC%8E%EF%BC%8E/etc")).toMatch(/U\+FF0E/);
  });

  it("allows ordinary non-ASCII names", async () => {
    expect(await resolveSandboxPath("docs/café/naïve.md", root)).toMatchObject({ ok: true, relative: "docs/café/naïve.md" });
  });

  it("refuses ~ and drive letters", async () => {
    expect(await refused("~/.ssh/id_rsa")).toMatch(/starts with ~/);
    expect(await refused("~root/x")).toMatch(/starts with ~/);
    expect(await refused("C:\\Windows")).toBe("has a drive letter");
  });

  it("refuses a symlink inside the root that points outside, and anything beneath it", async () => {
    expect(await refused("src/evil")).toBe("leads outside the sandbox through a symlink");
    expect(await refused("src/evil/passwd")).toBe("leads outside the sandbox through a symlink");
    expect(await refused("src/evil/not-yet/created.txt")).toBe("leads outside the sandbox through a symlink");
  });

  it("follows a symlink that stays inside and reports where it really leads", async () => {
    expect(await resolveSandboxPath("src-link/a/b.ts", root)).toEqual({ ok: true, relative: "src/a/b.ts", absolute: path.join(realRoot, "src/a/b.ts") });
  });

  it("refuses dangling and looping symlinks (a write through them would land elsewhere)", async () => {
    expect(await refused("dangling")).toBe("goes through a broken or looping symlink");
    expect(await refused("loop-a/x")).toBe("goes through a broken or looping symlink");
  });

  it("refuses non-strings, empty and huge paths", async () => {
    expect(await refused(42)).toBe("is not a string");
    expect(await refused("")).toBe("is empty");
    expect(await refused("a/".repeat(3000))).toMatch(/longer than/);
  });

  it("refuses everything when the sandbox root is missing", async () => {
    const check = await resolveSandboxPath("x", path.join(root, "missing-root"));
    expect(check).toEqual({ ok: false, reason: "cannot be checked: the sandbox directory does not exist" });
  });
});

describe("path arguments", () => {
  it("recognises path keys in their spellings", () => {
    for (const key of ["path", "paths", "source", "destination", "file", "dir", "directory", "cwd", "file_path", "filePath", "FILE-PATH"]) expect(isPathKey(key)).toBe(true);
    for (const key of ["content", "pattern", "excludePatterns", "message", "owner"]) expect(isPathKey(key)).toBe(false);
  });

  it("finds path values at any depth, arrays expanded, and ignores other keys", () => {
    const args = { path: "a.txt", paths: ["b", "c"], content: "../../etc", edits: [{ oldText: "x", file: "d" }], move: { source: "e", destination: "f" }, cwd: null };
    expect(findPathArguments(args)).toEqual([
      { at: "path", value: "a.txt" },
      { at: "paths[0]", value: "b" },
      { at: "paths[1]", value: "c" },
      { at: "edits[0].file", value: "d" },
      { at: "move.source", value: "e" },
      { at: "move.destination", value: "f" },
    ]);
  });

  it("reports non-string values under path keys so they can be refused", () => {
    expect(findPathArguments({ path: 7, dir: true })).toEqual([
      { at: "path", value: 7 },
      { at: "dir", value: true },
    ]);
  });

  it("rewrites path values and copies everything else", () => {
    const args = { path: "a", paths: ["b"], content: "keep" };
    expect(mapPathArguments(args, (at, value) => `/root/${String(value)}@${at}`)).toEqual({ path: "/root/a@path", paths: ["/root/b@paths[0]"], content: "keep" });
    expect(args.path).toBe("a");
  });
});
