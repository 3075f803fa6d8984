// A deliberately small markdown renderer for agent definitions and run
// deliverables: headings, lists (nested), code fences, block quotes, rules,
// tables, paragraphs, and inline code, bold,
// emphasis, http(s) links and {{placeholders}}. It builds React elements, so
// every piece of text is escaped by React; no HTML from the source is ever
// interpreted.
import type { ReactNode } from "react";

import { cn } from "@/components/ui/cn";

import { parseBlocks, type TBlock } from "./markdown-blocks";

// Inline: `code` | **bold** | {{placeholder}} | [text](http…) | *em* | _em_ (not inside snake_case words).
const INLINE =
  /(`+)([^`]+?)\1|\*\*(.+?)\*\*|\{\{\s*([^}]+?)\s*\}\}|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|(?<![\w*])\*(?!\s)([^*]+?)\*(?![\w*])|(?<![\w_])_(?!\s)([^_]+?)_(?![\w_])/g;

export function renderInline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const m of text.matchAll(INLINE)) {
    const at = m.index ?? 0;
    if (at > last) nodes.push(text.slice(last, at));
    const [, , code, bold, placeholder, linkText, href, em1, em2] = m;
    if (code !== undefined) {
      nodes.push(
        <code key={key++} className="rounded-sm bg-muted px-1 py-0.5 font-mono text-[0.85em] text-foreground">
          {code}
        </code>,
      );
    } else if (bold !== undefined) {
      nodes.push(
        <strong key={key++} className="font-semibold text-foreground">
          {renderInline(bold)}
        </strong>,
      );
    } else if (placeholder !== undefined) {
      nodes.push(
        <code key={key++} className="rounded-sm bg-primary/10 px-1 py-0.5 font-mono text-[0.85em] text-primary" title="Filled in when the prompt is rendered">
          {`{{${placeholder}}}`}
        </code>,
      );
    } else if (linkText !== undefined && href !== undefined) {
      nodes.push(
        <a key={key++} href={href} target="_blank" rel="noreferrer noopener" className="font-medium text-primary underline-offset-4 hover:underline">
          {renderInline(linkText)}
        </a>,
      );
    } else {
      nodes.push(<em key={key++}>{renderInline(em1 ?? em2 ?? "")}</em>);
    }
    last = at + m[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

function Blocks({ blocks }: { blocks: TBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.kind) {
          case "heading": {
            const Tag = block.level <= 3 ? "h4" : "h5";
            return (
              <Tag key={index} className={cn("font-semibold text-foreground [&:not(:first-child)]:mt-2", block.level <= 2 ? "text-[15px]" : "text-sm")}>
                {renderInline(block.text)}
              </Tag>
            );
          }
          case "code":
            return (
              <pre
                key={index}
                className="overflow-x-auto rounded-lg border bg-muted/50 px-3 py-2.5 font-mono text-xs leading-relaxed text-foreground"
                data-language={block.lang || undefined}
              >
                <code>{block.text}</code>
              </pre>
            );
          case "list": {
            const List = block.ordered ? "ol" : "ul";
            return (
              <List
                key={index}
                start={block.ordered && block.start !== 1 ? block.start : undefined}
                className={cn("grid gap-1.5 pl-5 marker:text-muted-foreground", block.ordered ? "list-decimal" : "list-disc")}
              >
                {block.items.map((item, i) => (
                  <li key={i} className="pl-1">
                    {renderInline(item.text)}
                    {item.children.length > 0 ? (
                      <div className="mt-1.5 grid gap-1.5">
                        <Blocks blocks={item.children} />
                      </div>
                    ) : null}
                  </li>
                ))}
              </List>
            );
          }
          case "quote":
            return (
              <blockquote key={index} className="border-l-2 pl-3 text-muted-foreground">
                {renderInline(block.text)}
              </blockquote>
            );
          case "rule":
            return <hr key={index} className="my-1" />;
          case "table":
            return (
              <div key={index} className="overflow-x-auto rounded-lg border">
                <table className="w-full text-[13px] leading-snug">
                  <thead className="bg-muted/50">
                    <tr>
                      {block.header.map((cell, c) => (
                        <th key={c} scope="col" className="px-3 py-1.5 font-semibold text-foreground" style={{ textAlign: block.align[c] ?? "left" }}>
                          {renderInline(cell)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map((row, r) => (
                      <tr key={r} className="border-t">
                        {row.map((cell, c) => (
                          <td key={c} className="px-3 py-1.5 align-top" style={{ textAlign: block.align[c] ?? "left" }}>
                            {renderInline(cell)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          default:
            return <p key={index}>{renderInline(block.text)}</p>;
        }
      })}
    </>
  );
}

export function MarkdownText({ source, className }: { source: string; className?: string }) {
  const blocks = parseBlocks(source.split(/\r?\n/));
  return (
    <div className={cn("grid min-w-0 gap-3 text-sm leading-relaxed text-foreground/90 [overflow-wrap:anywhere]", className)}>
      <Blocks blocks={blocks} />
    </div>
  );
}
