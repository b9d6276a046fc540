import type { Catalogue, Entry } from '../catalogue/schema.ts'
import { plainText } from '../catalogue/prose.ts'
import type { CodeRecord, PageRecord, SearchData } from '../../kernel/search/records.ts'
import { GENERATED_MARKER } from './page.ts'
import type { Comparisons } from '../comparisons/schema.ts'
import type { Guide } from '../guide/schema.ts'
import { CHECK_PATH, GUIDE_PATH, comparisonPath } from '../../kernel/paths.ts'
import { comparisonTitle } from './comparison-pages.ts'
import { GUIDE_TITLE } from './guide-pages.ts'

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

/** How many explanation words each code keeps: the search data ships with the home page (budget 18 KB gzip). */
const WORDS_PER_CODE = 10

/**
 * Builds the home page's search data. From the explanations it keeps each code's rarest words
 * (those in the fewest other codes) that are not already in its name or keywords, so words
 * such as `portal` or `csrf` still find their code while the data stays small.
 */
export function searchRecords(catalogue: Catalogue): CodeRecord[] {
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
    const record: CodeRecord = { code: entry.code, name: entry.name, aliases: entry.aliases, summary: entry.summary, keywords: entry.keywords, words: distinctive.join(' ') }
    if (entry.lifecycle !== 'standard') record.lifecycle = entry.lifecycle
    if (entry.expires) record.expires = entry.expires
    if (entry.sentBy) record.sentBy = entry.sentBy
    return record
  })
}

/** The search data file under docs/: the home search and the nav bar search import it, so it ships as a hashed asset. */
export const SEARCH_RECORDS_FILE = 'search-records.json'

/** The title of docs/check.md, the checker's hand-written page. */
const CHECK_TITLE = 'Check an HTTP response'

/** The pages besides the code pages that the searches offer: comparisons, the guide, the checker. */
export function pageRecords(catalogue: Catalogue, content: { guide?: Guide; comparisons?: Comparisons }): PageRecord[] {
  const byCode = new Map(catalogue.codes.map((entry) => [entry.code, entry]))
  const names = new Map(catalogue.codes.map((entry) => [entry.code, entry.name]))
  const comparisons = (content.comparisons?.comparisons ?? []).map((comparison): PageRecord => {
    const entries = comparison.codes.map((code) => byCode.get(code)!)
    const terms = words([...entries.flatMap((entry) => [entry.name, ...entry.aliases]), ...comparison.keywords].join(' '))
    return { path: comparisonPath(comparison.codes), title: comparisonTitle(comparison.codes, names), kind: 'comparison', summary: comparison.question, codes: comparison.codes, terms: [...new Set(terms)].sort() }
  })
  const guide: PageRecord[] = content.guide
    ? [{ path: GUIDE_PATH, title: GUIDE_TITLE, kind: 'guide', summary: 'Answer a few questions about the request and get the code to send, with the RFC section behind it.', terms: ['choose', 'decide', 'decision', 'guide'] }]
    : []
  const check: PageRecord = { path: CHECK_PATH, title: CHECK_TITLE, kind: 'check', summary: 'Paste a response and see what is wrong with its status code and headers, in your browser.', terms: ['check', 'checker', 'lint', 'linter', 'validate', 'validator'] }
  return [...comparisons.sort((a, b) => a.path.localeCompare(b.path)), ...guide, check]
}

export function renderSearchRecordsFile(catalogue: Catalogue, content: { guide?: Guide; comparisons?: Comparisons } = {}): string {
  const file: SearchData = { $comment: GENERATED_MARKER, codes: searchRecords(catalogue), pages: pageRecords(catalogue, content) }
  return `${JSON.stringify(file)}\n`
}
