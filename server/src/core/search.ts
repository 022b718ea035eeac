/** Splits a search box's text into words: every word must match, in any order. */
export function foldedTokens(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .split(/[\s,;]+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !/^[-–—]$/.test(w))
    .slice(0, 10)
    .map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));
}
