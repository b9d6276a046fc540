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

export interface SearchData {
  $comment: string
  codes: CodeRecord[]
}
