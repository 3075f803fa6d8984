// The small standalone pages the GitHub redirects end on when they cannot go
// back to the dashboard (a refused link) or must show something once (the new
// app's credentials). Self-contained HTML: inline styles following the system
// colour scheme, no scripts, and headers that keep it out of caches, frames
// and Referer headers.
export type THtmlPageSection = { heading?: string; paragraphs?: string[]; code?: { label: string; text: string }; steps?: string[] };

export type THtmlPage = {
  status: number;
  title: string;
  lead: string;
  sections?: THtmlPageSection[];
  link?: { href: string; label: string };
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const styles = `
:root{color-scheme:light dark;--bg:#fff;--fg:#0a0a0a;--muted:#6b7280;--border:#e5e7eb;--code:#f6f7f9;--primary:#0a0a0a;--primary-fg:#fff}
@media (prefers-color-scheme:dark){:root{--bg:#0a0a0a;--fg:#fafafa;--muted:#a1a1aa;--border:#27272a;--code:#18181b;--primary:#fafafa;--primary-fg:#0a0a0a}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.6 ui-sans-serif,system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:44rem;margin:0 auto;padding:3rem 1.5rem}h1{font-size:1.375rem;margin:0 0 .5rem}h2{font-size:1rem;margin:2rem 0 .5rem}
p,li{color:var(--muted)}ol{padding-left:1.25rem}label{display:block;font-weight:600;margin:1rem 0 .25rem}
textarea{width:100%;min-height:9rem;padding:.75rem;border:1px solid var(--border);border-radius:.5rem;background:var(--code);color:var(--fg);font:12px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;resize:vertical}
a.button{display:inline-block;margin-top:2rem;padding:.5rem 1rem;border-radius:.375rem;background:var(--primary);color:var(--primary-fg);text-decoration:none;font-weight:500}
`;

function renderSection(section: THtmlPageSection): string {
  return [
    section.heading ? `<h2>${escapeHtml(section.heading)}</h2>` : "",
    ...(section.paragraphs ?? []).map((p) => `<p>${escapeHtml(p)}</p>`),
    section.steps ? `<ol>${section.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join("")}</ol>` : "",
    section.code
      ? `<label for="code">${escapeHtml(section.code.label)}</label><textarea id="code" readonly spellcheck="false" rows="${section.code.text.split("\n").length + 1}">${escapeHtml(section.code.text)}</textarea>`
      : "",
  ].join("");
}

export function htmlPage(page: THtmlPage): Response {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(page.title)} · CoralCollective</title><style>${styles}</style></head><body><main><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.lead)}</p>${(page.sections ?? []).map(renderSection).join("")}${page.link ? `<a class="button" href="${escapeHtml(page.link.href)}">${escapeHtml(page.link.label)}</a>` : ""}</main></body></html>`;
  return new Response(body, {
    status: page.status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  });
}

/** A redirect with a relative Location, so it holds behind any proxy whatever address this request reached. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

export function signInFirst(request: Request): Response {
  const url = new URL(request.url);
  return seeOther(`/sign-in?callbackUrl=${encodeURIComponent(url.pathname + url.search)}`);
}
