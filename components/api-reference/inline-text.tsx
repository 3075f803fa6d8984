// Text from the OpenAPI document with its `inline code` rendered as code.
import { inlineCode } from "./operations";

export function InlineText({ text }: { text: string }) {
  return (
    <>
      {inlineCode(text).map((part, index) =>
        part.code ? (
          <code key={index} className="rounded bg-muted px-1 py-0.5 font-mono text-[0.85em] text-foreground">
            {part.text}
          </code>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
