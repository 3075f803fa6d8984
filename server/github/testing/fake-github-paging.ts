// GitHub's page-number pagination: `per_page` (default 30, at most 100) and
// `page`, answered with a Link header naming prev/next/last/first pages —
// through /repositories/{id}/…, as GitHub writes them, not the path asked.
export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export type TPaged<T> = { items: T[]; link: string | undefined };

function positiveInt(value: string | null, fallback: number): number {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n >= 1 ? n : fallback;
}

export function pageSize(query: URLSearchParams): number {
  return Math.min(positiveInt(query.get("per_page"), DEFAULT_PER_PAGE), MAX_PER_PAGE);
}

/**
 * The page `query` asks for. `linkBase` is the URL pages are linked under
 * (e.g. http://127.0.0.1:1234/repositories/1000001/pulls/7/files).
 */
export function paginate<T>(items: readonly T[], query: URLSearchParams, linkBase: string): TPaged<T> {
  const perPage = pageSize(query);
  const page = positiveInt(query.get("page"), 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  if (last === 1) return { items: slice, link: undefined };
  const urlFor = (n: number) => {
    const params = new URLSearchParams(query);
    params.delete("page");
    params.set("page", String(n));
    return `<${linkBase}?${params.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${urlFor(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${urlFor(page + 1)}; rel="next"`, `${urlFor(last)}; rel="last"`);
  if (page > 1) rels.push(`${urlFor(1)}; rel="first"`);
  return { items: slice, link: rels.join(", ") };
}
