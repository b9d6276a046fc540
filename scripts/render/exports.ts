import { z } from 'zod'
import { catalogueSchema, entrySchema, sourceSchema, type Catalogue, type Entry } from '../catalogue/schema.ts'
import { CLASSES, classLabel, classOf } from '../../kernel/classes.ts'
import { SITE_DESCRIPTION, SITE_TITLE, absoluteUrl } from '../site.ts'
import { pageTitle } from './describe.ts'
import { sourceLink } from './sources.ts'
import { codePath } from '../../kernel/paths.ts'
import type { PageRecord } from '../../kernel/search/records.ts'

/**
 * The catalogue as data: pure functions from the validated catalogue to the text of every export
 * the build publishes (JSON, CSV, llms.txt and the JSON Schemas). No clock, no randomness: the same
 * catalogue and site URL always give byte-identical files.
 *
 * Versioning: SCHEMA_VERSION is the major version of the export format. It is the `version` field
 * of every JSON export and the folder of its schema (/schema/v1/). Changes that keep every existing
 * document valid and its meaning unchanged (a new optional field, a new code, a new enum value, a
 * looser limit) are made in place; anything else (a field removed, renamed, retyped or made
 * required, a tighter rule, a changed meaning) needs SCHEMA_VERSION + 1 and a new folder.
 */
export const SCHEMA_VERSION = 1

export const EXPORT_PATHS = {
  codesJson: '/codes.json',
  codesCsv: '/codes.csv',
  llmsTxt: '/llms.txt',
  codesSchema: `/schema/v${SCHEMA_VERSION}/codes.schema.json`,
  codeSchema: `/schema/v${SCHEMA_VERSION}/code.schema.json`,
} as const

export function codeJsonPath(code: number): string {
  return `/api/${code}.json`
}

// ---------------------------------------------------------------------------------------------
// The export schemas: the catalogue's entry schema plus two derived fields, wrapped in documents.

const CLASS_IDS = CLASSES.map((cls) => cls.id) as [CodeClassId, ...CodeClassId[]]
type CodeClassId = (typeof CLASSES)[number]['id']

/** One code as exported: every catalogue field (defaults filled in) plus where its page is. */
const exportEntrySchema = entrySchema.extend({
  class: z.enum(CLASS_IDS),
  url: z.url(),
})

const codeDocumentSchema = exportEntrySchema.extend({
  $schema: z.url(),
  version: z.literal(SCHEMA_VERSION),
})

const codesDocumentSchema = z.strictObject({
  $schema: z.url(),
  version: z.literal(SCHEMA_VERSION),
  libraries: catalogueSchema.shape.libraries,
  codes: z.array(exportEntrySchema),
})

type ExportEntry = z.infer<typeof exportEntrySchema>
type CodeDocument = z.infer<typeof codeDocumentSchema>
type CodesDocument = z.infer<typeof codesDocumentSchema>

type Docs = { description: string; id?: string; title?: string }

/** Every entry field's meaning. Typed against the schema: a new field without a description fails the type check. */
const ENTRY_FIELD_DOCS: Record<keyof typeof exportEntrySchema.shape, string> = {
  code: 'The status code, 100-999.',
  name: 'The registered name (RFC 9110 wording for registered codes), or the name its sender uses for an unofficial code.',
  aliases: 'Former or other names of the same code, such as "Payload Too Large" for 413.',
  lifecycle: 'standard, temporary (an expiring IANA registration), unused (reserved), deprecated, obsolete, or unofficial (not in the IANA registry; see sentBy).',
  lifecycleNote: 'Why the code has this lifecycle, in the catalogue prose markup.',
  expires: 'For a temporary registration: the date it expires, YYYY-MM-DD.',
  sentBy: 'For an unofficial code: the product or vendor that sends it.',
  summary: 'The one-line meaning, plain text, at most 200 characters.',
  keywords: 'Search words and synonyms.',
  meaning: 'What the code means. Prose markup: `code` spans, [text](/404) links to other codes and [text](https://...) links to sources; everything else is literal text.',
  whenToUse: 'When a server should send the code (prose markup).',
  example: 'A concrete situation that produces the code (prose markup).',
  whenNotToUse: 'When not to send it and what to send instead (prose markup).',
  sourceNote: 'A remark on the sources (prose markup).',
  sources: 'The specifications or vendor documents that define the code.',
  otherMeanings: 'Other meanings of the same number, each with who sends it.',
  exchange: 'A raw example: the request, and the response (or, for codes that never reach the client, a log line).',
  headers: 'Header fields that go with the code, with the requirement level the source gives them.',
  facts: 'Cacheability, whether a body is allowed, redirect behaviour and retry advice, with their sources.',
  related: 'Codes that are easily confused with this one, and how they differ.',
  constants: 'The name of the code in common libraries (node, python, go, spring, dotnet, rust, rails).',
  class: 'Derived, not in the catalogue: the class from the first digit (1xx-5xx), or "other" from 600 up.',
  url: 'Derived, not in the catalogue: the absolute URL of the code\'s page.',
}

const VERSIONING =
  `Version ${SCHEMA_VERSION} of the httpcodes export format. Changes that keep existing documents valid (new optional fields, new codes, new enum values) are made in place; ` +
  `breaking changes get a new version and a new schema URL (/schema/v${SCHEMA_VERSION + 1}/), and the old schema stays published.`

function documentation() {
  const docs = z.registry<Docs>()
  docs.add(sourceSchema, {
    id: 'Source',
    description: 'Where a fact comes from: an RFC (the link is https://www.rfc-editor.org/rfc/rfc<rfc>#section-<section>), an Internet-Draft, or a vendor document.',
  })
  for (const [field, description] of Object.entries(ENTRY_FIELD_DOCS)) {
    docs.add(exportEntrySchema.shape[field as keyof typeof ENTRY_FIELD_DOCS], { description })
  }
  const documentFields = { $schema: 'The URL of this document\'s JSON Schema.', version: `The major version of the export format: ${SCHEMA_VERSION}.` }
  for (const schema of [codeDocumentSchema, codesDocumentSchema]) {
    for (const [field, description] of Object.entries(documentFields)) docs.add(schema.shape[field as keyof typeof documentFields], { description })
  }
  docs.add(codesDocumentSchema.shape.libraries, { description: 'For each library in `constants`: the file and version where its constants were checked.' })
  docs.add(codesDocumentSchema.shape.codes, { description: 'Every code, sorted by number.' })
  return docs
}

function jsonSchema(schema: z.ZodType, id: string, title: string, description: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', metadata: documentation() }) as Record<string, unknown>
  const { $schema, ...rest } = generated
  return { $schema, $id: id, title, description: `${description} ${VERSIONING}`, ...rest }
}

/** The JSON Schema of /codes.json, generated from the catalogue schema. */
function codesJsonSchema(base: string): Record<string, unknown> {
  return jsonSchema(codesDocumentSchema, absoluteUrl(EXPORT_PATHS.codesSchema, base), 'httpcodes: all status codes', 'Every HTTP status code in the httpcodes catalogue (/codes.json).')
}

/** The JSON Schema of /api/<code>.json, generated from the catalogue schema. */
function codeJsonSchema(base: string): Record<string, unknown> {
  return jsonSchema(codeDocumentSchema, absoluteUrl(EXPORT_PATHS.codeSchema, base), 'httpcodes: one status code', 'One HTTP status code from the httpcodes catalogue (/api/<code>.json).')
}

// ---------------------------------------------------------------------------------------------
// JSON

/** Object keys sorted at every level, so the files never depend on the order of the input. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    )
  }
  return value
}

function json(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`
}

function byCode(catalogue: Catalogue): Entry[] {
  return [...catalogue.codes].sort((a, b) => a.code - b.code)
}

function exportEntry(entry: Entry, base: string): ExportEntry {
  return { ...entry, class: classOf(entry.code).id, url: absoluteUrl(codePath(entry.code), base) }
}

function codesDocument(catalogue: Catalogue, base: string): CodesDocument {
  return {
    $schema: absoluteUrl(EXPORT_PATHS.codesSchema, base),
    version: SCHEMA_VERSION,
    libraries: catalogue.libraries,
    codes: byCode(catalogue).map((entry) => exportEntry(entry, base)),
  }
}

function codeDocument(entry: Entry, base: string): CodeDocument {
  return { $schema: absoluteUrl(EXPORT_PATHS.codeSchema, base), version: SCHEMA_VERSION, ...exportEntry(entry, base) }
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, quote or line break)

export const CSV_COLUMNS = ['code', 'name', 'aliases', 'lifecycle', 'sentBy', 'class', 'summary', 'url', 'sources'] as const
/** Lists inside one CSV field: aliases are joined with "; ", source URLs (which hold no spaces) with " ". */
const CSV_ALIAS_SEPARATOR = '; '
const CSV_SOURCE_SEPARATOR = ' '

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

function csvRow(entry: Entry, base: string): Record<(typeof CSV_COLUMNS)[number], string> {
  return {
    code: String(entry.code),
    name: entry.name,
    aliases: entry.aliases.join(CSV_ALIAS_SEPARATOR),
    lifecycle: entry.lifecycle,
    sentBy: entry.sentBy ?? '',
    class: classOf(entry.code).id,
    summary: entry.summary,
    url: absoluteUrl(codePath(entry.code), base),
    sources: entry.sources.map((source) => sourceLink(source).url).join(CSV_SOURCE_SEPARATOR),
  }
}

function renderCsv(catalogue: Catalogue, base: string): string {
  const rows = byCode(catalogue).map((entry) => {
    const row = csvRow(entry, base)
    return CSV_COLUMNS.map((column) => row[column])
  })
  return [[...CSV_COLUMNS], ...rows].map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('')
}

// ---------------------------------------------------------------------------------------------
// llms.txt (https://llmstxt.org: H1 title, blockquote summary, then H2 sections of link lists)

/** One line of Markdown text: whitespace collapsed, and brackets and backslashes escaped in link text. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function linkText(text: string): string {
  return oneLine(text).replace(/[\\[\]]/g, '\\$&')
}

function item(title: string, url: string, note: string): string {
  return `- [${linkText(title)}](${url}): ${oneLine(note)}`
}

/** The guide, the checker and the comparisons: the pages that answer questions across codes. */
function pageSections(pages: readonly PageRecord[], url: (path: string) => string): string[] {
  const tools = pages.filter((page) => page.kind !== 'comparison')
  const comparisons = pages.filter((page) => page.kind === 'comparison')
  return [
    ...(tools.length ? ['## Choosing and checking a code', '', ...tools.map((page) => item(page.title, url(page.path), page.summary)), ''] : []),
    ...(comparisons.length ? ['## Codes people confuse', '', ...comparisons.map((page) => item(page.title, url(page.path), `decided by one question: ${page.summary}`)), ''] : []),
  ]
}

function renderLlmsTxt(catalogue: Catalogue, base: string, pages: readonly PageRecord[]): string {
  const sorted = byCode(catalogue)
  const url = (path: string) => absoluteUrl(path, base)
  const overview = [
    item('Search all status codes', url('/'), 'the home page; finds a code by number, name, former name or words.'),
    item('All HTTP status codes', url('/codes'), `every code on one page, grouped by class (${sorted.length} codes).`),
  ]
  const sections: string[] = []
  for (const cls of CLASSES) {
    const entries = sorted.filter((entry) => classOf(entry.code).id === cls.id)
    if (entries.length === 0) continue
    if (cls.id !== 'other') overview.push(item(`${classLabel(cls)} status codes`, url(cls.path), cls.blurb))
    sections.push(`## ${classLabel(cls)}`, '', ...entries.map((entry) => item(pageTitle(entry), url(codePath(entry.code)), codeNote(entry))), '')
  }
  const unofficial = sorted.filter((entry) => entry.lifecycle === 'unofficial').length
  if (unofficial > 0) overview.push(item('Unofficial HTTP status codes', url('/unofficial'), `the ${unofficial} codes that products send but no specification registers, and who sends each.`))

  return [
    `# ${SITE_TITLE}`,
    '',
    `> ${SITE_DESCRIPTION}`,
    '',
    `One page per status code at a URL that never moves (${url('/404')}): the registered codes of the IANA registry under their RFC 9110 names, and unofficial codes from nginx, Cloudflare, IIS, AWS and others, each saying who sends it. The same catalogue is published as data under "Data" below.`,
    '',
    '## Overview',
    '',
    ...overview,
    '',
    ...pageSections(pages, url),
    ...sections,
    '## Data',
    '',
    item('codes.json', url(EXPORT_PATHS.codesJson), 'every field of every code as JSON, sorted by code.'),
    item('codes.csv', url(EXPORT_PATHS.codesCsv), `one row per code: ${CSV_COLUMNS.join(', ')}.`),
    ...sorted.slice(0, 1).map((entry) => item('Per-code JSON', url(codeJsonPath(entry.code)), 'one document per code at /api/<code>.json, this one for the first code.')),
    item('JSON Schema', url(EXPORT_PATHS.codesSchema), `the schema of codes.json, version ${SCHEMA_VERSION}; ${url(EXPORT_PATHS.codeSchema)} is the schema of one code.`),
    '',
  ].join('\n')
}

function codeNote(entry: Entry): string {
  const status = entry.lifecycle === 'standard' ? '' : entry.lifecycle === 'unofficial' && entry.sentBy ? ` (unofficial, ${entry.sentBy})` : ` (${entry.lifecycle})`
  return `${entry.summary}${status}`
}

// ---------------------------------------------------------------------------------------------

/** Every text export, keyed by its path on the site, in a stable order. */
export function renderExports(catalogue: Catalogue, base: string, pages: readonly PageRecord[] = []): Map<string, string> {
  const files = new Map<string, string>()
  files.set(EXPORT_PATHS.codesJson, json(codesDocument(catalogue, base)))
  for (const entry of byCode(catalogue)) files.set(codeJsonPath(entry.code), json(codeDocument(entry, base)))
  files.set(EXPORT_PATHS.codesCsv, renderCsv(catalogue, base))
  files.set(EXPORT_PATHS.llmsTxt, renderLlmsTxt(catalogue, base, pages))
  files.set(EXPORT_PATHS.codesSchema, `${JSON.stringify(codesJsonSchema(base), null, 2)}\n`)
  files.set(EXPORT_PATHS.codeSchema, `${JSON.stringify(codeJsonSchema(base), null, 2)}\n`)
  return files
}
