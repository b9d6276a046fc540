import { z } from 'zod'
import { nonBlank, prose, sourceSchema } from '../catalogue/schema.ts'

/**
 * Comparison pages ("401 vs 403") for codes people confuse: data/comparisons.json. The facts
 * table of each page comes from the catalogue; this file holds the words. Prose fields use the
 * catalogue's markup (scripts/catalogue/prose.ts).
 */

const code = z.int({ error: 'expected a status code' }).min(100).max(999)

const sideSchema = z.strictObject({
  code,
  /** when to send this code rather than the other(s) */
  sendWhen: prose('sendWhen'),
  /** a concrete example: method, path and the headers that matter */
  example: prose('example'),
})

const comparisonSchema = z.strictObject({
  /** two or three codes, in ascending order; the page is /<a>-vs-<b>(-vs-<c>) */
  codes: z.array(code).min(2, { error: 'compare at least two codes' }).max(3, { error: 'compare at most three codes' }),
  /** the question that decides between them: "Would logging in help?" */
  question: nonBlank('question').regex(/\?$/, { error: 'a question ends with a question mark' }),
  /** the answer first, in one paragraph */
  answer: prose('answer'),
  /** one per code, in the same order as codes */
  sides: z.array(sideSchema),
  /** the mistakes people make */
  mistakes: z.array(prose('mistake')).min(1, { error: 'name at least one common mistake' }),
  /** what clients (browsers, libraries, caches, crawlers) do differently with each */
  clients: prose('clients'),
  /** the id of the guide question that separates them, when the guide has one */
  guide: z.string().optional(),
  /** extra words people use when they ask ("redirect", "permanent") */
  keywords: z.array(nonBlank('keyword')).default([]),
  sources: z.array(sourceSchema).min(1, { error: 'cite at least one source' }),
})

export const comparisonsSchema = z.strictObject({
  $schema: z.string().optional(),
  comparisons: z.array(comparisonSchema),
})

export type Comparisons = z.infer<typeof comparisonsSchema>
export type Comparison = z.infer<typeof comparisonSchema>
