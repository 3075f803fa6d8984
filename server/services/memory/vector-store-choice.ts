// Which vector store memory uses: Pinecone when PINECONE_API_KEY and
// PINECONE_INDEX are set, otherwise pgvector in the app's PostgreSQL.
import { env } from "@/server/env";
import type { TVectorStore } from "@/server/memory/vectors/vector-store";
import { pgvectorStore } from "./pgvector-store";

let chosen: TVectorStore | null = null;

export async function getVectorStore(): Promise<TVectorStore> {
  if (chosen) return chosen;
  if (env.PINECONE_API_KEY && env.PINECONE_INDEX) {
    const { createPineconeStore } = await import("@/server/memory/vectors/pinecone-store");
    chosen = createPineconeStore({ apiKey: env.PINECONE_API_KEY, indexName: env.PINECONE_INDEX, indexHost: env.PINECONE_INDEX_HOST });
  } else chosen = pgvectorStore;
  return chosen;
}

/** Tests swap the store. */
export function setVectorStore(next: TVectorStore | null): void {
  chosen = next;
}
