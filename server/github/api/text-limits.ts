// GitHub refuses (422) a comment or review body over 65,536 characters and a
// check run summary or text over 65,535. A review of a huge pull request can
// outgrow that, so bodies are cut to fit with a note, never rejected.
export const GITHUB_BODY_MAX_CHARS = 65_536;
export const GITHUB_CHECK_OUTPUT_MAX_CHARS = 65_535;

const NOTE = "\n\n… (cut: GitHub shows at most {max} characters here)";

export function fitGitHubText(text: string, max: number = GITHUB_BODY_MAX_CHARS): string {
  if (text.length <= max) return text;
  const note = NOTE.replace("{max}", max.toLocaleString("en-US"));
  let cut = text.slice(0, max - note.length);
  // Never leave half of a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + note;
}
