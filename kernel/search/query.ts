/** Longer input is still shown as typed, but only this much of it is searched. */
export const MAX_QUERY_LENGTH = 200

/** What every search reads: Unicode-normalised, cut to length, lowercase, single-spaced. */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').slice(0, MAX_QUERY_LENGTH).trim().toLowerCase().replace(/\s+/g, ' ')
}

/** The three-digit numbers in a query, in order, each once: "401 vs 403" gives [401, 403]; 4040 gives none. */
export function codesIn(query: string): number[] {
  return [...new Set((query.match(/(?<!\d)\d{3}(?!\d)/g) ?? []).map(Number))]
}

/** Words that ask for a comparison rather than name a code: "401 vs 403", "difference between 502 and 504". */
const CONNECTIVES = new Set(['vs', 'versus', 'or', 'difference', 'differences', 'between', 'compare', 'compared', 'comparison'])

/** Whether a word (lowercase, no punctuation) asks for a comparison. */
export function isConnective(word: string): boolean {
  return CONNECTIVES.has(word)
}

/** The words of a query, numbers and punctuation aside. */
export function wordsIn(query: string): string[] {
  return query.split(/[^a-z0-9]+/).filter((word) => word !== '' && !/^\d+$/.test(word))
}

/**
 * The parts a comparison query names, split at its connectives (and, once it compares, at "and"):
 * "bad gateway or gateway timeout" gives ["bad gateway", "gateway timeout"]. A query that compares
 * nothing is one part: "content and encoding" stays whole.
 */
export function comparedParts(query: string): string[] {
  const tokens = query.split(' ')
  const bare = (token: string) => token.replace(/[^a-z]/g, '')
  if (!tokens.some((token) => isConnective(bare(token)))) return [query]
  const parts: string[][] = [[]]
  for (const token of tokens) {
    if (isConnective(bare(token)) || bare(token) === 'and') parts.push([])
    else parts[parts.length - 1]!.push(token)
  }
  return parts.map((part) => part.join(' ').trim()).filter((part) => part !== '')
}
