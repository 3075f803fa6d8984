import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/server/errors/app-error";
import { ApiProblem, problemResponse, toProblem } from "./problem";

describe("problems", () => {
  it("renders RFC 9457 JSON with the problem media type", async () => {
    const response = problemResponse(new ApiProblem("not-found", "Project not found."), { "RateLimit-Limit": "10" });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("RateLimit-Limit")).toBe("10");
    expect(await response.json()).toEqual({ type: "https://coralcollective.dev/problems/not-found", title: "Not found", status: 404, detail: "Project not found." });
  });

  it("names every invalid field of a zod error", () => {
    const parsed = z.object({ name: z.string().min(2), tags: z.array(z.string()) }).safeParse({ name: "a", tags: [1] });
    const problem = toProblem(parsed.error);
    expect(problem.status).toBe(422);
    expect(problem.toJSON().errors?.map((e) => e.field)).toEqual(["name", "tags.0"]);
  });

  it("maps service errors by code and hides unknown errors", () => {
    expect(toProblem(new AppError("CONFLICT", "Archived.")).toJSON()).toMatchObject({ status: 409, detail: "Archived." });
    expect(toProblem(new AppError("QUOTA_EXCEEDED", "Budget used up.")).status).toBe(402);
    const hidden = toProblem(new Error("connection string postgres://secret"));
    expect(hidden.status).toBe(500);
    expect(hidden.detail).not.toContain("secret");
  });
});
