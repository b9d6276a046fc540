import MiniSearch from 'minisearch'
import type { CodeRecord } from './records.ts'
import { nearestByNumber } from './nearest.ts'
import { codesIn, comparedParts, normalizeQuery } from './query.ts'

export interface SearchResult {
  record: CodeRecord
  /** 0: the exact code, 1: the name or a former name matches, 2: anything else matches */
  tier: 0 | 1 | 2
}

export interface Suggestions {
  byNumber: CodeRecord[]
  byName: CodeRecord[]
  /** the class to browse, as its id (`4xx`) */
  classId?: string
}

const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'to', 'is', 'in', 'on', 'for', 'and', 'or', 'my', 'i', 'it'])

function processTerm(term: string): string | null {
  const lower = term.toLowerCase()
  return STOPWORDS.has(lower) ? null : lower
}

/** One edit per four letters, at most two: `teapt` finds teapot. Numbers must match exactly: 4040 is not 404. */
function fuzziness(term: string): number {
  if (term.length < 4 || /\d/.test(term)) return 0
  return term.length < 8 ? 1 : 2
}

const CLASS_QUERY = /^([1-5])(?:xx|\*\*|\.\.|__)$/

export function createSearch(records: CodeRecord[]) {
  const byCode = new Map(records.map((record) => [record.code, record]))
  const engine = new MiniSearch<CodeRecord & { id: number }>({
    fields: ['code', 'name', 'aliases', 'keywords', 'sentBy', 'summary', 'words'],
    storeFields: [],
    processTerm,
    // MiniSearch reads the id through this too: it stays a number.
    extractField: (doc, field) => {
      const value = (doc as CodeRecord & { id: number })[field as keyof CodeRecord | 'id']
      if (field === 'id') return value
      return Array.isArray(value) ? value.join(' ') : String(value ?? '')
    },
  })
  engine.addAll(records.map((record) => ({ ...record, id: record.code })))

  // Exact and prefix matching first; typo tolerance only when that finds nothing, because
  // fuzzy lookups cost far more than exact ones and most keystrokes do not need them.
  const exactOptions = {
    combineWith: 'AND' as const,
    prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length > 1,
  }
  const fuzzyOptions = { ...exactOptions, fuzzy: (term: string) => fuzziness(term), maxFuzzy: 2 }
  const boost = { code: 10, name: 8, aliases: 6, keywords: 4, sentBy: 3, summary: 2, words: 1 }

  /** One letter: the codes whose name or former name has a word starting with it. */
  function byInitial(letter: string): SearchResult[] {
    const startsWith = (name: string) => name.toLowerCase().split(/[^a-z0-9]+/).some((word) => word.startsWith(letter))
    return records.filter((r) => [r.name, ...r.aliases].some(startsWith)).map((record) => ({ record, tier: 1 as const }))
  }

  /**
   * "401 vs 403" or "bad gateway or gateway timeout": each side is searched on its own and the
   * best of each come first, so both codes are listed; a code named by number is always listed.
   * `sides` is the best code of each side (none when the query compares nothing), for the page search.
   */
  function lookup(rawQuery: string): { results: SearchResult[]; sides: number[] } {
    const query = normalizeQuery(rawQuery)
    if (!query) return { results: [], sides: [] }
    const parts = comparedParts(query)
    const perPart = parts.length >= 2 ? parts.map((part) => searchOne(part).slice(0, 5)) : []
    const results = perPart.length ? interleave(perPart) : searchOne(query)
    const listed = new Set(results.map((result) => result.record.code))
    const named = codesIn(query).filter((code) => byCode.has(code) && !listed.has(code))
    return {
      results: [...named.map((code) => ({ record: byCode.get(code)!, tier: 0 as const })), ...results].sort((a, b) => a.tier - b.tier),
      sides: [...new Set(perPart.flatMap((list) => list.slice(0, 1).map((result) => result.record.code)))],
    }
  }

  const search = (rawQuery: string): SearchResult[] => lookup(rawQuery).results

  function searchOne(query: string): SearchResult[] {
    const classMatch = CLASS_QUERY.exec(query)
    if (classMatch) return records.filter((r) => Math.floor(r.code / 100) === Number(classMatch[1])).map((record) => ({ record, tier: 1 as const }))

    if (/^\d{1,3}$/.test(query)) {
      const exact = byCode.get(Number(query))
      const prefixed = records.filter((r) => String(r.code).startsWith(query) && r !== exact)
      return [...(exact ? [{ record: exact, tier: 0 as const }] : []), ...prefixed.map((record) => ({ record, tier: 1 as const }))]
    }

    if (/^[a-z]$/.test(query)) return byInitial(query)
    // A lone letter after other words is a word being typed: wait for the next key before using it.
    const text = query.replace(/ [a-z]$/, '')

    let options: typeof exactOptions | typeof fuzzyOptions = exactOptions
    let hits = engine.search(text, { ...options, boost })
    if (hits.length === 0) {
      options = fuzzyOptions
      hits = engine.search(text, { ...options, boost })
    }
    const nameHits = new Set(engine.search(text, { ...options, fields: ['name', 'aliases'] }).map((hit) => hit.id as number))
    const numbers = new Set(codesIn(query))
    const tierOf = (code: number): SearchResult['tier'] => (numbers.has(code) ? 0 : nameHits.has(code) ? 1 : 2)
    // Among name matches, registered codes come before unofficial ones: "timeout" lists 408 and 504 before 524.
    const unofficialName = (hit: { record: CodeRecord; tier: number }) => (hit.tier === 1 && hit.record.lifecycle === 'unofficial' ? 1 : 0)
    return hits
      .map((hit, rank) => ({ record: byCode.get(hit.id as number)!, tier: tierOf(hit.id as number), rank }))
      .sort((a, b) => a.tier - b.tier || unofficialName(a) - unofficialName(b) || a.rank - b.rank)
      .map(({ record, tier }) => ({ record, tier }))
  }

  /** What to offer when nothing matches: the nearest codes by number and by name, and a class. */
  function suggest(rawQuery: string): Suggestions {
    const query = normalizeQuery(rawQuery)
    const digits = /\d+/.exec(query)?.[0]
    let byNumber: CodeRecord[] = []
    let classId: string | undefined
    if (digits) {
      const target = Number(digits.slice(0, 3).padEnd(3, '0'))
      byNumber = nearestByNumber(records, target, 3)
      if (target >= 100 && target < 600) classId = `${Math.floor(target / 100)}xx`
    }
    const words = query.replace(/\d+/g, ' ').trim()
    let byName = words
      ? engine
          .search(words, { combineWith: 'OR', prefix: true, fuzzy: 0.34, maxFuzzy: 3, boost: { name: 4, aliases: 3, keywords: 2 } })
          .slice(0, 3)
          .map((hit) => byCode.get(hit.id as number)!)
      : []
    if (words && byName.length === 0) byName = closestNames(words)
    if (!classId && byName[0] && byName[0].code < 600) classId = `${Math.floor(byName[0].code / 100)}xx`
    return { byNumber, byName, classId }
  }

  /** When no word matches even loosely, the names closest in spelling, so there is always a way on. */
  function closestNames(words: string): CodeRecord[] {
    const target = words.slice(0, 40)
    return records
      .map((record) => ({ record, distance: Math.min(...[record.name, ...record.aliases].map((name) => editDistance(target, name.toLowerCase()))) }))
      .sort((a, b) => a.distance - b.distance || a.record.code - b.record.code)
      .slice(0, 3)
      .map(({ record }) => record)
  }

  return { lookup, search, suggest }
}

/** The first result of each list, then the second of each, and so on; each code once. */
function interleave(lists: SearchResult[][]): SearchResult[] {
  const seen = new Set<number>()
  const merged: SearchResult[] = []
  for (let i = 0; i < Math.max(...lists.map((list) => list.length)); i++) {
    for (const list of lists) {
      const result = list[i]
      if (result && !seen.has(result.record.code)) {
        seen.add(result.record.code)
        merged.push(result)
      }
    }
  }
  return merged
}

/** Levenshtein distance, for short strings only (callers cap the length). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
