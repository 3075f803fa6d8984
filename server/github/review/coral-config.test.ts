import { describe, expect, it } from "vitest";
import { DEFAULT_CORAL_CONFIG, MAX_EXTRA_AGENTS, parseCoralConfig, reviewAgentIds } from "./coral-config";

const known = new Set(["code_reviewer", "security_specialist", "performance_optimizer", "accessibility_specialist", "qa_testing"]);

describe("parseCoralConfig", () => {
  it("reads every setting of a valid file", () => {
    const { config, errors } = parseCoralConfig(
      [
        "# Coral review settings",
        "agents: [performance_optimizer, accessibility_specialist]",
        "ignore:",
        "  - docs/**",
        "  - '*.snap'",
        "instructions:",
        "  - path: server/api/**",
        "    text: Every handler validates its input with zod.",
        "max_comments: 5",
        "severity_threshold: Major",
        "drafts: true",
        "max_file_changes: 800",
        "fail_on_blocking: true",
      ].join("\n"),
      known,
    );
    expect(errors).toEqual([]);
    expect(config).toEqual({
      agents: ["performance_optimizer", "accessibility_specialist"],
      ignore: ["docs/**", "*.snap"],
      instructions: [{ path: "server/api/**", text: "Every handler validates its input with zod." }],
      maxComments: 5,
      severityThreshold: "major",
      drafts: true,
      maxFileChanges: 800,
      failOnBlocking: true,
    });
    expect(reviewAgentIds(config)).toEqual(["code_reviewer", "security_specialist", "performance_optimizer", "accessibility_specialist"]);
  });

  it.each([
    ["no file", undefined],
    ["an empty file", ""],
    ["only comments", "# nothing configured yet\n"],
    ["empty keys", "ignore:\nagents:\n"],
  ])("answers the defaults without errors for %s", (_name, text) => {
    expect(parseCoralConfig(text, known)).toEqual({ config: { ...DEFAULT_CORAL_CONFIG }, errors: [] });
  });

  it("collects every error with its key path while the valid keys still apply", () => {
    const { config, errors } = parseCoralConfig(
      [
        "agents: [qa_testing, ghost_agent, 42]",
        "ignore: ['generated/**', 'src/[abc', '']",
        "instructions:",
        "  - path: 'src/{a,b'",
        "    text: never used",
        "  - path: lib/**",
        "  - path: api/**",
        "    text: Check pagination.",
        "    owner: team-api",
        "max_comments: 80",
        "severity_threshold: critical",
        "drafts: 'yes'",
        "max_file_changes: 1.5",
        "max_coments: 3",
        "colour: blue",
      ].join("\n"),
      known,
    );
    expect(config).toEqual({
      ...DEFAULT_CORAL_CONFIG,
      agents: ["qa_testing"],
      ignore: ["generated/**"],
      instructions: [{ path: "api/**", text: "Check pagination." }],
    });
    expect(errors).toEqual([
      'agents[1]: unknown agent "ghost_agent"',
      "agents[2]: expected a non-empty string, got number 42",
      'ignore[1]: "src/[abc" is not a valid glob: Missing closing: "]" - use "\\\\]" to match literal characters',
      'ignore[2]: expected a non-empty string, got the text ""',
      'instructions[0].path: "src/{a,b" is not a valid glob: Missing closing: "}" - use "\\\\}" to match literal characters',
      "instructions[1].text: expected text, got nothing",
      "instructions[2].owner: unknown key (expected path and text)",
      "max_comments: expected a whole number from 0 to 50, got number 80; using 15",
      'severity_threshold: expected one of blocker, major, minor, nit, got the text "critical"; using minor',
      'drafts: expected true or false, got the text "yes"; using false',
      "max_file_changes: expected a whole number from 1 to 100000, got number 1.5; using 2000",
      "max_coments: unknown key (did you mean max_comments?); known keys are agents, ignore, instructions, max_comments, severity_threshold, drafts, max_file_changes, fail_on_blocking",
      "colour: unknown key; known keys are agents, ignore, instructions, max_comments, severity_threshold, drafts, max_file_changes, fail_on_blocking",
    ]);
  });

  it("reports YAML syntax errors with their position and falls back to every default", () => {
    const { config, errors } = parseCoralConfig("agents: [qa_testing\nmax_comments: 3\n", known);
    expect(config).toEqual(DEFAULT_CORAL_CONFIG);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/^\.coral\.yml is not valid YAML \(line \d+, column \d+\): /);
  });

  it("reports duplicate keys as invalid YAML", () => {
    const { errors } = parseCoralConfig("max_comments: 3\nmax_comments: 4\n", known);
    expect(errors[0]).toMatch(/not valid YAML.*(unique|duplicate)/i);
  });

  it("reports a file that is not a mapping", () => {
    expect(parseCoralConfig("- code_reviewer\n- qa_testing\n", known)).toEqual({
      config: DEFAULT_CORAL_CONFIG,
      errors: [".coral.yml must be a mapping of settings (agents, ignore, …), got a list"],
    });
  });

  it("reports a list where one was expected", () => {
    const { config, errors } = parseCoralConfig("ignore: docs/**\nmax_comments: 0\n", known);
    expect(errors).toEqual(['ignore: expected a list, got the text "docs/**"']);
    expect(config.maxComments).toBe(0);
  });

  it("does not count the default agents or repeats towards the extra-agent limit", () => {
    const many = new Set([...known, ...Array.from({ length: 12 }, (_, i) => `agent_${i}`)]);
    const ids = ["code_reviewer", "qa_testing", "qa_testing", ...Array.from({ length: 12 }, (_, i) => `agent_${i}`)];
    const { config, errors } = parseCoralConfig(`agents: [${ids.join(", ")}]`, many);
    expect(config.agents).toHaveLength(MAX_EXTRA_AGENTS);
    expect(config.agents[0]).toBe("qa_testing");
    expect(errors).toHaveLength(12 + 1 - MAX_EXTRA_AGENTS);
    expect(errors[0]).toBe(`agents[${3 + MAX_EXTRA_AGENTS - 1}]: at most ${MAX_EXTRA_AGENTS} extra agents review; "agent_${MAX_EXTRA_AGENTS - 1}" was left out`);
  });

  it("cuts an over-long instruction and says so", () => {
    const { config, errors } = parseCoralConfig(`instructions:\n  - path: '**'\n    text: "${"x".repeat(1_200)}"\n`, known);
    expect(config.instructions[0]!.text).toHaveLength(1_000);
    expect(errors).toEqual(["instructions[0].text: 1200 characters, cut to 1000"]);
  });
});
