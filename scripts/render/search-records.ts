import type { Catalogue, Entry, Lifecycle } from '../catalogue/schema.ts'
import { plainText } from './prose.ts'
import { GENERATED_MARKER } from './page.ts'

/** One code as the home page search sees it. Short keys: this ships with the home page. */
export interface SearchRecord {
  /** code */
  c: number
  /** registered (or vendor) name */
  n: string
  /** former names */
  a: string[]
  /** lifecycle, omitted when standard */
  l?: Exclude<Lifecycle, 'standard'>
  /** one-line meaning */
  s: string
  /** who sends it, for unofficial codes */
  b?: string
  /** curated keywords and synonyms */
  k: string[]
  /** distinctive words from the explanations */
  w: string
}

const STOPWORDS = new Set(
  'the and for not but are was were with that this from into than then them they their there these those its has have had when what which while who whom whose will would can could should may might must does did done been being about after again also any because before both each few more most other some such only own same very just over under out off per via use used uses using one two new our your you his her she him how why where here all nor yet too cannot'.split(
    ' ',
  ),
)

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z0-9-]{2,}/g) ?? []
}

function explanationWords(entry: Entry): string[] {
  const prose = [entry.meaning, entry.whenToUse, entry.example, entry.whenNotToUse, ...entry.otherMeanings.map((m) => m.text)]
  return words(prose.map(plainText).join(' ')).filter((word) => !STOPWORDS.has(word))
}

/** How many explanation words each code keeps: the search data ships with the home page (budget 15 KB gzip). */
export const WORDS_PER_CODE = 10

/**
 * Builds the home page's search data. From the explanations it keeps each code's rarest words
 * (those in the fewest other codes) that are not already in its name or keywords, so words
 * such as `portal` or `csrf` still find their code while the data stays small.
 */
export function searchRecords(catalogue: Catalogue): SearchRecord[] {
  const sorted = [...catalogue.codes].sort((a, b) => a.code - b.code)
  const perEntry = sorted.map((entry) => new Set(explanationWords(entry)))
  const documentFrequency = new Map<string, number>()
  for (const set of perEntry) for (const word of set) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1)
  const limit = Math.max(2, Math.floor(sorted.length / 5))

  return sorted.map((entry, i) => {
    const known = new Set(words([entry.name, ...entry.aliases, entry.summary, ...entry.keywords, entry.sentBy ?? ''].join(' ')))
    const distinctive = [...perEntry[i]!]
      .filter((word) => !known.has(word) && documentFrequency.get(word)! <= limit)
      .sort((a, b) => documentFrequency.get(a)! - documentFrequency.get(b)! || a.localeCompare(b))
      .slice(0, WORDS_PER_CODE)
      .sort()
    const record: SearchRecord = { c: entry.code, n: entry.name, a: entry.aliases, s: entry.summary, k: entry.keywords, w: distinctive.join(' ') }
    if (entry.lifecycle !== 'standard') record.l = entry.lifecycle
    if (entry.sentBy) record.b = entry.sentBy
    return record
  })
}

/** The search data file under docs/: the home search and the nav bar search import it, so it ships as a hashed asset. */
export const SEARCH_RECORDS_FILE = 'search-records.json'

export interface SearchRecordsFile {
  $comment: string
  records: SearchRecord[]
}

export function renderSearchRecordsFile(catalogue: Catalogue): string {
  const file: SearchRecordsFile = { $comment: GENERATED_MARKER, records: searchRecords(catalogue) }
  return `${JSON.stringify(file)}\n`
}
