/**
 * The one lookup of cuss's sureness rating (0–2) for an English word: its own rating when cuss rates it, else the
 * highest rating among its possible stems ("dildos" → dildo 1), else none. Used by the profanity-en builder
 * (test/tools/build-profanity-en.ts: which entries ship and at which severity) and by the accuracy bench's labels
 * (corpora.ts englishVerdicts), so the pack and the figure that judges it read the ratings the same way. Each
 * caller passes its own ratings map and stem candidates.
 */
export function cussRatingOf(
  ratings: ReadonlyMap<string, number>,
  word: string,
  stems: readonly string[],
): number | undefined {
  const own = ratings.get(word);
  if (own !== undefined) return own;
  const found = stems.flatMap((s) => (ratings.has(s) ? [ratings.get(s)!] : []));
  return found.length ? Math.max(...found) : undefined;
}
