// The markdown deliverables of the offline model: section templates filled in
// from the brief, laid out by the deliverable's type (requirements, review, plan…).
import { capital, OFFLINE_NOTICE, plural, type TBrief, type TContractOutput } from "./agent-answer";

/** Seeded choices a template line can name ({level}, {role}…), so different prompts read differently. */
const CHOICES: Record<string, string[]> = {
  verb: ["Let members create and find", "Track the state of", "Share and review", "Organise"],
  role: ["a workspace member", "a team lead", "an administrator"],
  benefit: ["the team sees the current state", "nothing is lost between sessions", "work stays traceable"],
  level: ["High", "Medium", "Low"],
  size: ["S", "M", "L"],
  verdict: ["needs work", "acceptable with fixes", "not yet assessable"],
  p95: ["200", "300", "500"],
  sla: ["99.5", "99.9"],
};
const STRIDE = ["Spoofing", "Tampering", "Information disclosure"];

/**
 * Markdown sections as templates: a title, then lines. A run of lines naming a noun ({noun}, {Nouns}, {i}…)
 * is written once per noun of the task; the others once.
 */
const SECTIONS: Record<string, string[]> = {
  goals: ["Goals", "- G{i}: {verb} {nouns} in {project}."],
  stories: ["User stories", "- US-{i}: As {role}, I want to manage {nouns} so that {benefit}."],
  acceptance: [
    "Acceptance criteria",
    "- AC-{i}: Given a signed-in member, when they save a valid {noun}, then it is listed in {project}; an invalid {noun} is rejected, naming the field.",
  ],
  nfr: [
    "Non-functional requirements",
    "| ID | Attribute | Target |",
    "| --- | --- | --- |",
    "| NFR-1 | Performance | p95 < {p95} ms for {firsts} lists |",
    "| NFR-2 | Availability | {sla}% monthly |",
    "| NFR-3 | Security | every record scoped to its workspace |",
  ],
  summary: ["Summary", "Verdict: **{verdict}**. The offline model inspects nothing, so the findings are the checks a real review of the {all} work must run."],
  findings: [
    "Findings",
    "| ID | Finding | Severity | Recommendation |",
    "| --- | --- | --- | --- |",
    "| F-{i} | {Noun} handling is not yet verified | {level} | Check how {nouns} are validated, stored and authorised |",
  ],
  recommendations: ["Recommendations", "{i}. Confirm the {noun} rules with the task owner before building on them."],
  assets: ["Assets", "- {Nouns} and their history", "- Sessions, API keys and other credentials"],
  threats: [
    "Threats",
    "| ID | STRIDE | Threat | Likelihood | Mitigation |",
    "| --- | --- | --- | --- | --- |",
    "| T-{i} | {stride} | Another workspace reads or changes {nouns} | {level} | Scope every query by workspace id |",
  ],
  scope: ["Scope", "- In scope: {all}", "- Out of scope: anything the task does not mention"],
  cases: [
    "Test cases",
    "| ID | Case | Expected |",
    "| --- | --- | --- |",
    "| TC-{i}.1 | Save a valid {noun} | Saved and listed |",
    "| TC-{i}.2 | Save a {noun} with a missing field | Rejected, naming the field |",
  ],
  exit: ["Exit criteria", "- Every case above passes in CI", "- No open High findings"],
  stack: [
    "Stack",
    "| Layer | Choice | Why |",
    "| --- | --- | --- |",
    "| Language | TypeScript | one language end to end |",
    "| Runtime | Node.js (current LTS) | boring and well supported |",
    "| Web | Next.js | UI and API in one deployable |",
    "| Database | PostgreSQL | relational data, proven |",
    "| Testing | Vitest and Playwright | unit and end-to-end |",
  ],
  phases: ["Phases", "- Phase 0: walking skeleton, deployed", "- Phase {i}: {nouns} end to end", "- Last phase: hardening and launch"],
  breakdown: ["Work breakdown", "| ID | Work item | Size |", "| --- | --- | --- |", "| W-{i} | Build and test {nouns} | {size} |"],
  risks: [
    "Risks",
    "| ID | Risk | Likelihood | Mitigation |",
    "| --- | --- | --- | --- |",
    "| R-1 | The {first} rules are not fully specified | {level} | Confirm with the task owner |",
    "| R-2 | This draft was written offline | Certain | Re-run with a configured model provider |",
  ],
  conventions: [
    "Conventions",
    "- `/{nouns}` is a collection and `/{nouns}/:id` one of its items",
    "- Errors are RFC 9457 problem+json",
    "- Lists use cursor pagination",
    "- Timestamps are ISO 8601 in UTC",
  ],
  steps: ["Steps", "- Open {project} and sign in", "- Create a {noun} and check it is listed", "- Review the result with the team"],
  highlights: ["Highlights", "- Manage {nouns} in {project}"],
  known: ["Known issues", "- These notes were drafted offline and list no verified changes"],
  alerts: ["Alerts", "| Alert | Condition | First step |", "| --- | --- | --- |", "| {Nouns}ErrorRate | 5xx on /{nouns} above 2% for 5 minutes | Check the latest deploy |"],
  costs: ["Costs", "| Item | Driver | Monthly cost |", "| --- | --- | --- |", "| {Noun} storage | number of {nouns} | to be priced (no prices are invented offline) |"],
  overview: ["Overview", "{project} needs: {task} This draft organises it around {all}."],
  components: [
    "Components",
    "| Component | Responsibility | Owns |",
    "| --- | --- | --- |",
    "| Web app | UI for members | nothing |",
    "| {Nouns} module | rules and API for {nouns} | {noun} records |",
    "| Worker | background jobs | job queue |",
  ],
  data: ["Data", "- {Noun}: id, name, created time; owned by one workspace"],
  assumptions: [
    "Assumptions and open questions",
    "- A1: {all} are owned by one workspace each.",
    "- Q1: Which part of this offline draft should a configured model replace first?",
  ],
};
const LAYOUTS: [RegExp, string[]][] = [
  [/requirement/, ["goals", "stories", "acceptance", "nfr"]],
  [/review|audit|report|validation/, ["summary", "findings", "recommendations"]],
  [/threat|security/, ["assets", "threats", "recommendations"]],
  [/test|qa/, ["scope", "cases", "exit"]],
  [/stack/, ["stack", "risks"]],
  [/plan/, ["phases", "breakdown", "risks"]],
  [/guide/, ["conventions", "steps"]],
  [/release/, ["highlights", "known"]],
  [/runbook/, ["alerts", "steps"]],
  [/cost/, ["costs", "risks"]],
];
const PER_NOUN = /\{(i|noun|nouns|Noun|Nouns|stride)\}/;

function fill(line: string, b: TBrief, salt: string, i = 0): string {
  const [noun, first] = [b.nouns[i] ?? "", b.nouns[0]!];
  const vars: Record<string, string> = {
    project: b.project,
    task: b.sentences[0] ?? "the work in the task",
    all: b.nouns.map(plural).join(", "),
    first,
    firsts: plural(first),
    i: String(i + 1),
    noun,
    nouns: plural(noun),
    Noun: capital(noun),
    Nouns: capital(plural(noun)),
    stride: STRIDE[i % STRIDE.length]!,
  };
  return line.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? (CHOICES[key] ? b.pick(CHOICES[key], `${salt}:${key}:${i}`) : whole));
}

function sectionText(key: string, b: TBrief): string {
  const [title, ...lines] = SECTIONS[key]!;
  const out: string[] = [];
  for (let at = 0; at < lines.length;) {
    let end = at;
    while (end < lines.length && PER_NOUN.test(lines[end]!)) end++;
    if (end === at) out.push(fill(lines[at++]!, b, key));
    else {
      const run = lines.slice(at, end);
      b.nouns.forEach((_, i) => run.forEach((line) => out.push(fill(line, b, key, i))));
      at = end;
    }
  }
  return `## ${title}\n\n${out.join("\n")}`;
}

export function markdownDeliverable(o: TContractOutput, b: TBrief): string {
  const layout = LAYOUTS.find(([re]) => re.test(o.type))?.[1] ?? ["overview", "components", "data", "risks"];
  const context = [...b.sentences.map((s) => `- Task: "${s}"`), `- Project: ${b.project}; drafted by ${b.agent}.`].join("\n");
  return [`# ${o.name} — ${b.project}`, `> ${OFFLINE_NOTICE}`, `## Context\n\n${context}`, ...[...layout, "assumptions"].map((k) => sectionText(k, b))].join("\n\n");
}
