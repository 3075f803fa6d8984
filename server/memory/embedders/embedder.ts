// Turns text into vectors of MEMORY_DIMENSIONS. Each vector records the
// embedder's name, so vectors from different embedders are never compared:
// switching embedders re-indexes instead.
export type TEmbedder = {
  /** Stored on every vector, e.g. "lexical-ngram-v1" or "openai:text-embedding-3-small@384". */
  name: string;
  /** Shown wherever retrieval results appear. */
  label: string;
  /** True for the deterministic embedder that needs no model. */
  offline: boolean;
  dimensions: number;
  embed(texts: string[], signal?: AbortSignal): Promise<number[][]>;
};

export function normalise(vector: number[]): number[] {
  const norm = Math.sqrt(vector.reduce((sum, v) => sum + v * v, 0));
  return norm === 0 ? vector : vector.map((v) => v / norm);
}

export function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
