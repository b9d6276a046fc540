import { z } from 'zod'

/**
 * The catalogue schema: the single source of truth for what an entry may hold.
 * TypeScript types below are inferred from it, never written by hand.
 *
 * Prose fields use a deliberately tiny markup (see render/prose.ts):
 * `code spans`, [link text](/404) to another code and [text](https://...) to a source.
 * Everything else is literal text: no HTML, no Markdown, no Vue syntax.
 */

import { LIFECYCLES } from '../../kernel/lifecycle.ts'

export { LIFECYCLES }

export const nonBlank = (what: string) =>
  z.string({ error: `expected ${what} as a string` }).trim().min(1, { error: `${what} must not be empty` })

export const prose = (what: string) => nonBlank(what).max(4000, { error: `${what} is longer than 4000 characters: split or shorten it` })

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' })

const httpsUrl = z
  .string()
  .regex(/^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/, { error: 'expected an absolute https:// URL with no spaces' })

const rfcSection = z
  .string()
  .regex(/^\d+(\.\d+)*$/, { error: 'expected a section number such as "15.5.5"' })

/** Where a fact comes from. RFC links are derived from the number and section, so they cannot rot. */
export const sourceSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('rfc'),
      rfc: z.int().min(1).max(99999),
      section: rfcSection.optional(),
    }),
    z.strictObject({
      type: z.literal('draft'),
      name: z.string().regex(/^draft-[a-z0-9-]+$/, { error: 'expected an Internet-Draft name such as "draft-ietf-httpbis-resumable-upload"' }),
      section: rfcSection.optional(),
      url: httpsUrl,
    }),
    z.strictObject({
      type: z.literal('vendor'),
      title: nonBlank('title'),
      url: httpsUrl,
    }),
  ],
  { error: 'expected a source with "type" rfc, draft or vendor' },
)

/** A second meaning of the same number, sent by someone else (451 from Exchange, 499 from ArcGIS). */
const otherMeaningSchema = z.strictObject({
  name: nonBlank('name'),
  sentBy: nonBlank('sentBy'),
  text: prose('text'),
  sources: z.array(sourceSchema).min(1, { error: 'cite at least one source' }),
})

const headerSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, { error: 'expected a header field name such as "Retry-After"' }),
  requirement: z.enum(['must', 'should', 'may'], { error: 'expected "must", "should" or "may"' }),
  /** when the requirement applies, if not always: "if a 200 would carry it" (the checker then only reminds) */
  condition: nonBlank('condition').max(80, { error: 'condition is longer than 80 characters: a short "when" phrase' }).optional(),
  note: prose('note'),
  source: sourceSchema,
})

const relatedSchema = z.strictObject({
  code: z.int({ error: 'expected the number of a code in this catalogue' }),
  difference: prose('difference'),
})

/**
 * A raw request and what comes back. Most codes arrive as the response's status line; some never
 * do: `sentAs` names the status the client really sees (nginx's 494 goes out as 400, WebDAV's 424
 * inside a 207), and log-only codes (nginx 444, 499) have no response at all, only a `log` line.
 */
const exchangeSchema = z.strictObject({
  request: nonBlank('request'),
  response: z
    .string()
    .regex(/^HTTP\/(1\.1|2|3) \d{3}( .*)?(\n|$)/, { error: 'expected the response to start with a status line such as "HTTP/1.1 404 Not Found"' })
    .optional(),
  sentAs: z.int().min(100).max(999).optional(),
  log: nonBlank('log').optional(),
  note: prose('note').optional(),
})

const factsSchema = z.strictObject({
  cacheable: z.enum(['by-default', 'explicit-only', 'never'], { error: 'expected "by-default", "explicit-only" or "never"' }),
  body: z.enum(['allowed', 'none'], { error: 'expected "allowed" or "none"' }),
  redirect: z
    .strictObject({
      permanent: z.boolean(),
      method: z.enum(['kept', 'may-become-get', 'becomes-get'], { error: 'expected "kept", "may-become-get" or "becomes-get"' }),
    })
    .optional(),
  retry: prose('retry'),
  sources: z.array(sourceSchema).min(1, { error: 'cite at least one source for the facts' }),
})

/** Libraries whose named constants each page lists; every one used needs a recorded source. */
export const LIBRARIES = ['node', 'python', 'go', 'spring', 'dotnet', 'rust', 'rails'] as const
export type Library = (typeof LIBRARIES)[number]

const constantSchema = z.strictObject({
  /** exactly as the library spells it: `http.StatusNotFound`, `:not_found`, "Not Found" */
  name: nonBlank('name'),
  note: prose('note').optional(),
})

const constantsSchema = z.strictObject(Object.fromEntries(LIBRARIES.map((library) => [library, constantSchema.optional()])) as Record<Library, z.ZodOptional<typeof constantSchema>>)

/** Where a library's constants were checked: which file, at which version or commit. */
const librarySchema = z.strictObject({
  label: nonBlank('label'),
  checked: prose('checked'),
  url: httpsUrl,
  also: z.array(z.strictObject({ title: nonBlank('title'), url: httpsUrl })).optional(),
})

export const entrySchema = z.strictObject({
  code: z.int({ error: 'expected an integer 100-999' }).min(100, { error: 'expected an integer 100-999' }).max(999, { error: 'expected an integer 100-999' }),
  name: nonBlank('name').max(80, { error: 'name is longer than 80 characters' }),
  aliases: z.array(nonBlank('alias')).default([]),
  lifecycle: z.enum(LIFECYCLES, { error: `expected one of: ${LIFECYCLES.join(', ')}` }),
  lifecycleNote: prose('lifecycleNote').optional(),
  expires: isoDate.optional(),
  sentBy: nonBlank('sentBy').optional(),
  summary: nonBlank('summary').max(200, { error: 'summary is longer than 200 characters: it is a one-line meaning' }),
  keywords: z.array(nonBlank('keyword')).default([]),
  meaning: prose('meaning'),
  whenToUse: prose('whenToUse'),
  example: prose('example'),
  whenNotToUse: prose('whenNotToUse'),
  sourceNote: prose('sourceNote').optional(),
  sources: z.array(sourceSchema).min(1, { error: 'cite at least one source' }),
  otherMeanings: z.array(otherMeaningSchema).default([]),
  exchange: exchangeSchema,
  headers: z.array(headerSchema).default([]),
  facts: factsSchema,
  related: z.array(relatedSchema).default([]),
  constants: constantsSchema.default({}),
})

export const catalogueSchema = z.strictObject({
  $schema: z.string().optional(),
  libraries: z.strictObject(Object.fromEntries(LIBRARIES.map((library) => [library, librarySchema.optional()])) as Record<Library, z.ZodOptional<typeof librarySchema>>).default({}),
  codes: z.array(entrySchema, { error: 'expected "codes" to be an array of entries' }),
})

export type { Lifecycle } from '../../kernel/lifecycle.ts'
export type Source = z.infer<typeof sourceSchema>
export type Entry = z.infer<typeof entrySchema>
export type EntryInput = z.input<typeof entrySchema>
export type Catalogue = z.infer<typeof catalogueSchema>
type LibrarySource = z.infer<typeof librarySchema>
