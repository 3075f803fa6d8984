// Split a document into chunks for embedding: along markdown sections and
// paragraphs, each at most `maxTokens`, with the section heading repeated at
// the top of each chunk so a chunk still says what it is about.
import { countTokens, truncateToTokens } from "@/server/agents/token-count";

export type TChunk = { index: number; text: string; tokens: number; heading: string | null };

export function chunkText(text: string, maxTokens = 400): TChunk[] {
  const sections: { heading: string | null; body: string }[] = [];
  let current: { heading: string | null; lines: string[] } = { heading: null, lines: [] };
  let inFence = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("```")) inFence = !inFence;
    const heading = !inFence && /^#{1,4}\s+(.+)$/.exec(line);
    if (heading) {
      if (current.lines.join("").trim()) sections.push({ heading: current.heading, body: current.lines.join("\n") });
      current = { heading: heading[1]!.trim(), lines: [] };
    } else current.lines.push(line);
  }
  if (current.lines.join("").trim() || sections.length === 0) sections.push({ heading: current.heading, body: current.lines.join("\n") });

  const chunks: TChunk[] = [];
  const push = (heading: string | null, body: string) => {
    const textOf = heading ? `${heading}\n\n${body.trim()}` : body.trim();
    if (!textOf.trim()) return;
    chunks.push({ index: chunks.length, text: textOf, tokens: countTokens(textOf), heading });
  };
  for (const section of sections) {
    const budget = maxTokens - (section.heading ? countTokens(section.heading) + 2 : 0);
    let buffer = "";
    let bufferTokens = 0;
    for (const paragraph of section.body.split(/\n{2,}/)) {
      const candidate = buffer ? `${buffer}\n\n${paragraph}` : paragraph;
      // Token counts add up across a blank line to within a token or two, so a long section is counted
      // paragraph by paragraph (linear) rather than buffer by growing buffer (quadratic); only a
      // candidate near the budget is counted exactly.
      const estimate = buffer ? bufferTokens + 1 + countTokens(paragraph) : countTokens(paragraph);
      const tokens = estimate > budget + 4 ? estimate : estimate < budget - 4 ? estimate : countTokens(candidate);
      if (tokens <= budget) {
        buffer = candidate;
        bufferTokens = tokens;
        continue;
      }
      if (buffer.trim()) push(section.heading, buffer);
      // A single paragraph longer than the budget is cut into pieces.
      let rest = paragraph;
      while (countTokens(rest) > budget) {
        const piece = truncateToTokens(rest, budget);
        push(section.heading, piece);
        rest = rest.slice(piece.length);
      }
      buffer = rest;
      bufferTokens = countTokens(rest);
    }
    if (buffer.trim()) push(section.heading, buffer);
  }
  return chunks;
}
