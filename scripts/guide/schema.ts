import { z } from 'zod'
import { nonBlank, prose, sourceSchema } from '../catalogue/schema.ts'

/**
 * The decision guide ("which status code should I send?"): questions in the words of the person
 * writing the handler, each answer leading to the next question or to a code. data/guide.json;
 * types are inferred from this schema. Prose fields use the catalogue's markup (scripts/catalogue/prose.ts).
 */

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected an id of lowercase words joined by hyphens, such as "logged-in"' })
const code = z.int({ error: 'expected a status code' }).min(100).max(999)

const answerSchema = z.strictObject({
  /** the answer as the person at the handler would give it: "No, the token is missing" */
  label: nonBlank('label').max(120, { error: 'label is longer than 120 characters: an answer is a short phrase' }),
  /** the next question to ask */
  next: id.optional(),
  /** or the code to send */
  code: code.optional(),
  /** with a code: one line saying why */
  reason: prose('reason').optional(),
  /** with a code: the section that backs it */
  source: sourceSchema.optional(),
  /** where another code is also defensible: which one, and what decides between them */
  alternative: z.strictObject({ code, when: prose('when') }).optional(),
})

const avoidSchema = z.strictObject({
  /** a code nobody should send, which someone might reach for at this question */
  code,
  /** what to send instead */
  instead: code,
  text: prose('text'),
})

const questionSchema = z.strictObject({
  id,
  question: nonBlank('question').regex(/\?$/, { error: 'a question ends with a question mark' }),
  /** how to tell, with an example */
  help: prose('help'),
  answers: z.array(answerSchema).min(2, { error: 'a question needs at least two answers' }),
  avoid: z.array(avoidSchema).default([]),
})

export const guideSchema = z.strictObject({
  $schema: z.string().optional(),
  /** the id of the first question (its page is /guide) */
  start: id,
  questions: z.array(questionSchema).min(1, { error: 'the guide needs at least one question' }),
})

export type Guide = z.infer<typeof guideSchema>
export type Question = z.infer<typeof questionSchema>
export type Answer = z.infer<typeof answerSchema>
