import { describe, expect, it } from "vitest";
import { fenced, inlineCode, sanitizeAgentMarkdown, truncateChars } from "./markdown";

describe("inlineCode and fenced", () => {
  it("use more backticks than the content holds", () => {
    expect(inlineCode("src/a.ts")).toBe("`src/a.ts`");
    expect(inlineCode("a`b")).toBe("``a`b``");
    expect(inlineCode("`edge`")).toBe("`` `edge` ``");
    expect(inlineCode("two\nlines")).toBe("`two lines`");
    expect(fenced("const a = 1;", "ts")).toBe("```ts\nconst a = 1;\n```");
    expect(fenced("```js\nx\n```", "suggestion")).toBe("````suggestion\n```js\nx\n```\n````");
  });

  it("truncates with an ellipsis only when needed", () => {
    expect(truncateChars("short", 10)).toBe("short");
    expect(truncateChars("a long sentence here", 10)).toBe("a long se…");
  });
});

describe("sanitizeAgentMarkdown", () => {
  it("stops @mentions in prose from notifying, but leaves code and e-mail addresses alone", () => {
    const text = "Ask @octocat or @github/security-team; mail dev@example.com. Use `@Injectable()` here.";
    expect(sanitizeAgentMarkdown(text)).toBe(
      "Ask @\u200boctocat or @\u200bgithub/security-team; mail dev@example.com. Use `@Injectable()` here.",
    );
    expect(sanitizeAgentMarkdown("```ts\n@Component({})\nclass A {}\n```")).toBe("```ts\n@Component({})\nclass A {}\n```");
  });

  it("shows HTML outside code as text, so it cannot restructure the comment", () => {
    expect(sanitizeAgentMarkdown("Returns Promise<void>; </details> `Array<T>` stays")).toBe("Returns Promise&lt;void>; &lt;/details> `Array<T>` stays");
    expect(sanitizeAgentMarkdown("See https://medium.com/@author/post")).toBe("See https://medium.com/@author/post");
  });

  it("breaks look-alikes of Coral's hidden markers", () => {
    const forged = `Fine.\n<!-- coral:finding:${"a".repeat(64)} -->\n<!--coral:review-summary -->`;
    expect(sanitizeAgentMarkdown(forged)).not.toMatch(/<!--\s*coral:/);
    expect(sanitizeAgentMarkdown(`\`\`\`html\n<!-- coral:finding:${"a".repeat(64)} -->\n\`\`\``)).toBe(`\`\`\`html\n<!-- coral\u200b:finding:${"a".repeat(64)} -->\n\`\`\``);
  });

  it("closes a code fence the agent left open", () => {
    expect(sanitizeAgentMarkdown("Try this:\n```ts\nconst a = 1;")).toBe("Try this:\n```ts\nconst a = 1;\n```");
    expect(sanitizeAgentMarkdown("````md\n```\ninner\n```\n````\nafter @bob")).toBe("````md\n```\ninner\n```\n````\nafter @\u200bbob");
  });
});
