import type { Lifecycle } from '../lifecycle.ts'

/** One code as the searches see it: written by the generator (docs/search-records.json), read in the browser. */
export interface CodeRecord {
  code: number
  /** registered (or vendor) name */
  name: string
  /** former and other names */
  aliases: string[]
  /** omitted when standard */
  lifecycle?: Exclude<Lifecycle, 'standard'>
  /** a temporary registration's listed expiry date, YYYY-MM-DD */
  expires?: string
  /** one-line meaning */
  summary: string
  /** who sends it, for unofficial codes */
  sentBy?: string
  /** curated keywords and synonyms */
  keywords: string[]
  /** distinctive words from the explanations, space-separated */
  words: string
}

/** A page that answers a question across codes: a comparison, the decision guide, the checker. */
export interface PageRecord {
  path: string
  title: string
  kind: 'comparison' | 'guide' | 'check'
  /** one line under the title: a comparison's deciding question */
  summary: string
  /** the codes a comparison compares, ascending */
  codes?: number[]
  /** lowercase words that find it besides the codes */
  terms: string[]
}

export interface SearchData {
  $comment: string
  codes: CodeRecord[]
  pages: PageRecord[]
}
