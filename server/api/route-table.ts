// Matching a request path to an endpoint. Paths are declared OpenAPI-style
// ("/runs/{id}/cancel"); a static segment wins over a parameter.
import type { TEndpoint, THttpMethod } from "./endpoint";

type TCompiled = { endpoint: TEndpoint; pattern: RegExp; names: string[]; staticSegments: number };

export type TRouteMatch = { kind: "found"; endpoint: TEndpoint; params: Record<string, string> } | { kind: "wrong-method"; allow: THttpMethod[] } | { kind: "none" };

export function compileRoutes(endpoints: TEndpoint[]) {
  const compiled: TCompiled[] = endpoints.map((endpoint) => {
    const names: string[] = [];
    const segments = endpoint.path.split("/").filter(Boolean);
    const source = segments
      .map((segment) => {
        const param = /^\{(\w+)\}$/.exec(segment);
        if (!param) return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
        names.push(param[1]!);
        return "/([^/]+)";
      })
      .join("");
    return { endpoint, pattern: new RegExp(`^${source}/?$`), names, staticSegments: segments.length - names.length };
  });
  compiled.sort((a, b) => b.staticSegments - a.staticSegments);

  return function match(method: string, path: string): TRouteMatch {
    const allow = new Set<THttpMethod>();
    for (const route of compiled) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      if (route.endpoint.method !== method) {
        allow.add(route.endpoint.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = safeDecode(found[i + 1]!);
      });
      return { kind: "found", endpoint: route.endpoint, params };
    }
    return allow.size ? { kind: "wrong-method", allow: [...allow] } : { kind: "none" };
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
