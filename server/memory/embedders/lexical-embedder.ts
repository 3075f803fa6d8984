// The embedder that needs no model: feature hashing of words, word pairs and
// character trigrams into 384 signed buckets, log-scaled and normalised. It
// finds text sharing vocabulary (names, identifiers, technologies), not
// paraphrases — labelled "lexical (offline)" wherever its results show.
import { MEMORY_DIMENSIONS } from "../vectors/vector-store";
import { normalise, type TEmbedder } from "./embedder";

const STOP = new Set("a an and are as at be but by for from has have in is it its of on or that the this to was we were will with you your our their they them then than into over under not no can should must".split(" "));

/** FNV-1a, 32-bit. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A light stemmer: shopping, shopper and shops all become "shop"-ish, so plain paraphrases still meet. */
export function stem(word: string): string {
  if (word.length <= 4 || /[._#+-]/.test(word)) return word;
  for (const suffix of ["ations", "ation", "ings", "ing", "ers", "ies", "ied", "er", "ed", "es", "s"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === "ies" || suffix === "ied" ? `${base}y` : base.replace(/(.)\1$/, "$1");
    }
  }
  return word;
}

export function tokens(text: string): string[] {
  return (text.toLowerCase().replace(/'s\b/g, "").match(/[a-z0-9][a-z0-9_.#+-]*[a-z0-9+#]|[a-z0-9]/g) ?? []).filter((t) => !STOP.has(t)).map(stem);
}

export function lexicalVector(text: string, dimensions = MEMORY_DIMENSIONS): number[] {
  const counts = new Map<number, number>();
  const add = (feature: string, weight: number) => {
    const h = hash(feature);
    const bucket = h % dimensions;
    const sign = (h >>> 31) & 1 ? -1 : 1;
    counts.set(bucket, (counts.get(bucket) ?? 0) + sign * weight);
  };
  const words = tokens(text);
  words.forEach((w, i) => {
    add(`w:${w}`, 1);
    if (i > 0) add(`b:${words[i - 1]} ${w}`, 0.7);
    if (w.length > 4) for (let j = 0; j + 3 <= w.length; j++) add(`c:${w.slice(j, j + 3)}`, 0.25);
  });
  const vector = new Array<number>(dimensions).fill(0);
  for (const [bucket, value] of counts) vector[bucket] = Math.sign(value) * Math.log1p(Math.abs(value));
  return normalise(vector);
}

export const lexicalEmbedder: TEmbedder = {
  name: "lexical-ngram-v1",
  label: "lexical (offline)",
  offline: true,
  dimensions: MEMORY_DIMENSIONS,
  embed: async (texts) => texts.map((t) => lexicalVector(t)),
};
