import { describe, expect, it } from "vitest";
import { ApiProblem } from "./problem";
import { readJsonBody } from "./request-body";

const post = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://local/api/v1/x", { method: "POST", body, headers });

async function problemOf(work: Promise<unknown>): Promise<ApiProblem> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiProblem);
  return error as ApiProblem;
}

describe("readJsonBody", () => {
  it("parses JSON, including +json types and a charset", async () => {
    expect((await readJsonBody(post('{"a":1}'))).value).toEqual({ a: 1 });
    expect((await readJsonBody(post("[1]", { "content-type": "application/merge-patch+json; charset=utf-8" }))).value).toEqual([1]);
  });

  it("reads an empty body as nothing", async () => {
    expect((await readJsonBody(post(null))).value).toBeUndefined();
    expect((await readJsonBody(post("  "))).value).toBeUndefined();
  });

  it("answers 400 for malformed JSON and invalid UTF-8", async () => {
    expect((await problemOf(readJsonBody(post('{"a":')))).status).toBe(400);
    expect((await problemOf(readJsonBody(post(new Uint8Array([0x7b, 0xff, 0x7d]))))).status).toBe(400);
  });

  it("answers 415 for a body that is not JSON", async () => {
    const problem = await problemOf(readJsonBody(post("a=1", { "content-type": "application/x-www-form-urlencoded" })));
    expect(problem.status).toBe(415);
    expect(problem.detail).toContain("application/x-www-form-urlencoded");
  });

  it("answers 413 past the limit, by declared length or while reading", async () => {
    expect((await problemOf(readJsonBody(post("[1]", { "content-type": "application/json", "content-length": "5000000" }))))).toMatchObject({ status: 413 });
    const big = JSON.stringify({ s: "x".repeat(2048) });
    expect((await problemOf(readJsonBody(post(big), 1024))).status).toBe(413);
  });
});
