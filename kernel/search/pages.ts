import type { PageRecord } from './records.ts'
import { codesIn, isConnective, normalizeQuery, wordsIn } from './query.ts'

/** "which code should I send", "what status to return", "should I use 404": questions the guide answers. */
const GUIDE_QUESTION = /\b(?:(?:which|what)\b.*\b(?:code|status|send|return|use)|should i (?:send|return|use|respond))\b/

/** A word of the query finds a term when it is the term or, from four letters, the start of one. */
function findsTerm(word: string, terms: readonly string[]): boolean {
  return terms.some((term) => term === word || (word.length >= 4 && term.startsWith(word)))
}

/**
 * The pages a query asks for, before any code: the comparison of the codes it names ("401 vs 403",
 * "difference between 502 and 504", "unauthorized or forbidden"), the decision guide for "which code
 * should I send?", the checker for "check a response". A lone code number asks for its code page, not these.
 */
export function createPageSearch(pages: readonly PageRecord[]) {
  const comparisons = pages.filter((page) => page.kind === 'comparison')
  const others = pages.filter((page) => page.kind !== 'comparison')

  function matchingComparisons(query: string, sides: readonly number[]): PageRecord[] {
    const named = codesIn(query)
    const words = wordsIn(query)
    const compares = words.some(isConnective)
    const content = words.filter((word) => !isConnective(word))
    const fewestExtra = (a: PageRecord, b: PageRecord) => a.codes!.length - b.codes!.length
    const withCodes = (list: readonly number[]) => comparisons.filter((page) => list.every((code) => page.codes!.includes(code))).sort(fewestExtra)
    if (named.length >= 2) return withCodes(named)
    const bySides = named.length === 0 && sides.length >= 2 ? withCodes(sides) : []
    if (bySides.length) return bySides
    if (!compares) return []
    const wordsMatch = (page: PageRecord) => content.every((word) => findsTerm(word, page.terms))
    if (named.length === 1) return comparisons.filter((page) => page.codes!.includes(named[0]!) && wordsMatch(page)).sort(fewestExtra)
    if (content.length < 2) return []
    return comparisons.filter(wordsMatch).sort(fewestExtra)
  }

  function matchingOthers(query: string): PageRecord[] {
    const words = wordsIn(query)
    return others.filter((page) => (page.kind === 'guide' && GUIDE_QUESTION.test(query)) || words.some((word) => findsTerm(word, page.terms)))
  }

  return {
    /** `sides`: the best code for each side of the query, from the code search (`lookup().sides`), when it names codes by words. */
    search(rawQuery: string, sides: readonly number[] = []): PageRecord[] {
      const query = normalizeQuery(rawQuery)
      if (!query || /^\d{1,3}$/.test(query)) return []
      return [...matchingComparisons(query, sides), ...matchingOthers(query)]
    },
  }
}
