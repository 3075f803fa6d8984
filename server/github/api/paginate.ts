// Every page of a GitHub list endpoint, 100 items a request. Follows the
// `Link: rel="next"` URL GitHub sends rather than counting pages: GitHub
// rewrites it (to /repositories/{id}/…) and may switch to cursors.
import type { Octokit } from "@octokit/core";
import { z } from "zod";

export const GITHUB_PAGE_SIZE = 100;

/** The rel="next" URL of a Link header, if there is a next page. */
export function nextPageUrl(link: string | undefined): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(",")) {
    const match = /<([^<>]+)>\s*;\s*rel="([^"]+)"/.exec(part);
    if (match?.[2]?.split(/\s+/).includes("next")) return match[1];
  }
  return undefined;
}

export async function listAllPages<T extends z.ZodType>(
  octokit: Octokit,
  route: string,
  params: Record<string, unknown>,
  item: T,
): Promise<z.output<T>[]> {
  const page = z.array(item);
  const items: z.output<T>[] = [];
  let response = await octokit.request(route, { ...params, per_page: GITHUB_PAGE_SIZE });
  for (;;) {
    items.push(...page.parse(response.data));
    const next = nextPageUrl(response.headers.link);
    if (!next) return items;
    response = await octokit.request({ method: "GET", url: next });
  }
}
