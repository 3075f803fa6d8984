import { describe, expect, it } from "vitest";
import { defineEndpoint, type THttpMethod } from "./endpoint";
import { compileRoutes } from "./route-table";

const endpoint = (method: THttpMethod, path: string) =>
  defineEndpoint({ method, path, operationId: `${method} ${path}`, summary: "", tag: "t", permission: null, handler: async () => null });

describe("compileRoutes", () => {
  const match = compileRoutes([
    endpoint("GET", "/runs"),
    endpoint("POST", "/runs"),
    endpoint("GET", "/runs/{id}"),
    endpoint("POST", "/runs/{id}/cancel"),
    endpoint("GET", "/tools/policy"),
    endpoint("GET", "/tools/{name}"),
  ]);

  it("finds the endpoint and decodes its parameters", () => {
    const found = match("GET", "/runs/a%20b");
    expect(found).toMatchObject({ kind: "found", params: { id: "a b" } });
    expect(match("POST", "/runs/r1/cancel")).toMatchObject({ kind: "found", params: { id: "r1" } });
    expect(match("GET", "/runs/")).toMatchObject({ kind: "found", endpoint: { path: "/runs" } });
  });

  it("prefers a static segment over a parameter", () => {
    expect(match("GET", "/tools/policy")).toMatchObject({ kind: "found", endpoint: { path: "/tools/policy" } });
    expect(match("GET", "/tools/fs")).toMatchObject({ kind: "found", endpoint: { path: "/tools/{name}" }, params: { name: "fs" } });
  });

  it("tells a wrong method from an unknown path", () => {
    expect(match("DELETE", "/runs")).toEqual({ kind: "wrong-method", allow: ["GET", "POST"] });
    expect(match("GET", "/runs/r1/cancel")).toEqual({ kind: "wrong-method", allow: ["POST"] });
    expect(match("GET", "/nothing")).toEqual({ kind: "none" });
    expect(match("GET", "/runs/a/b/c")).toEqual({ kind: "none" });
  });

  it("keeps a malformed escape as it came instead of throwing", () => {
    expect(match("GET", "/runs/%E0%A4%A")).toMatchObject({ kind: "found", params: { id: "%E0%A4%A" } });
  });
});
