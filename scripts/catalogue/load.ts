import { readFileSync } from 'node:fs'
import type { $ZodIssue } from 'zod/v4/core'
import { LIBRARIES, catalogueSchema, entrySchema, type Catalogue, type Entry } from './schema.ts'
import { linkedCodes } from './prose.ts'

export class CatalogueError extends Error {
  constructor(readonly problems: string[], source = 'catalogue') {
    super(`${source} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'CatalogueError'
  }
}

type Validation = { ok: true; catalogue: Catalogue } | { ok: false; problems: string[] }

const PROSE_FIELDS = ['meaning', 'whenToUse', 'example', 'whenNotToUse', 'lifecycleNote', 'sourceNote'] as const

function proseOf(entry: Entry): [string, string][] {
  return [
    ...PROSE_FIELDS.flatMap((field): [string, string][] => (entry[field] ? [[field, entry[field]!]] : [])),
    ...(entry.exchange.note ? [['exchange.note', entry.exchange.note] as [string, string]] : []),
    ...entry.otherMeanings.map((m, i): [string, string] => [`otherMeanings[${i}].text`, m.text]),
    ...entry.related.map((r, i): [string, string] => [`related[${i}].difference`, r.difference]),
    ...entry.headers.map((h, i): [string, string] => [`headers[${i}].note`, h.note]),
    ['facts.retry', entry.facts.retry],
    ...LIBRARIES.flatMap((library): [string, string][] => {
      const note = entry.constants[library]?.note
      return note ? [[`constants.${library}.note`, note]] : []
    }),
  ]
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('')
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing'
  const text = JSON.stringify(input) ?? String(input)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

export function formatIssue(issue: $ZodIssue, prefix: PropertyKey[] = []): string {
  const path = formatPath([...prefix, ...issue.path])
  if (issue.code === 'unrecognized_keys') {
    return `${path || '(root)'}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against scripts/catalogue/schema.ts`
  }
  if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) {
    return `${path}: required field is missing (${issue.message.replace(/^expected /, 'expected ')})`
  }
  const received = 'input' in issue ? `, received ${describeInput(issue.input)}` : ''
  return `${path || '(root)'}: ${issue.message}${received}`
}

/** Validates parsed JSON; collects every problem instead of stopping at the first. */
export function validateCatalogue(data: unknown, options: { knownCodes?: Set<number> } = {}): Validation {
  const whole = catalogueSchema.safeParse(data, { reportInput: true })
  if (whole.success) {
    const problems = [
      ...crossCheck(whole.data.codes.map((entry, index) => ({ entry, index })), options.knownCodes),
      ...checkConstantSources(whole.data),
    ]
    return problems.length ? { ok: false, problems } : { ok: true, catalogue: whole.data }
  }
  // Report the schema problems, and still cross-check the entries that are individually valid,
  // so one run shows everything that needs fixing.
  const problems = whole.error.issues.map((issue) => formatIssue(issue))
  const rawCodes = (data as { codes?: unknown })?.codes
  if (Array.isArray(rawCodes)) {
    const valid = rawCodes.flatMap((raw, index) => {
      const parsed = entrySchema.safeParse(raw)
      return parsed.success ? [{ entry: parsed.data, index }] : []
    })
    const knownCodes = options.knownCodes ?? new Set(rawCodes.map((raw) => (raw as { code?: unknown })?.code).filter(Number.isInteger) as number[])
    problems.push(...crossCheck(valid, knownCodes))
  }
  return { ok: false, problems }
}

type Indexed = { entry: Entry; index: number }

/** A constant is only shown with the place it was checked; a library without one is an error. */
function checkConstantSources(catalogue: Catalogue): string[] {
  const problems: string[] = []
  catalogue.codes.forEach((entry, index) => {
    for (const library of LIBRARIES) {
      if (entry.constants[library] && !catalogue.libraries[library]) {
        problems.push(`codes[${index}].constants.${library}: no source recorded for ${library}; add libraries.${library} with the file and version checked`)
      }
    }
  })
  return problems
}

function crossCheck(entries: Indexed[], knownCodes = new Set(entries.map(({ entry }) => entry.code))): string[] {
  const problems: string[] = []
  const firstIndex = new Map<number, number>()
  for (const { entry, index } of entries) {
    const at = (field: string) => `codes[${index}]${field ? `.${field}` : ''}`
    const seen = firstIndex.get(entry.code)
    if (seen !== undefined) problems.push(`${at('code')}: ${entry.code} is already used by codes[${seen}]; merge the two entries (a second meaning goes in otherMeanings)`)
    else firstIndex.set(entry.code, index)

    if (entry.lifecycle === 'unofficial' && !entry.sentBy) problems.push(`${at('sentBy')}: an unofficial code must say who sends it (vendor or product)`)
    if (entry.lifecycle === 'temporary' && !entry.expires) problems.push(`${at('expires')}: a temporary registration needs its expiry date (YYYY-MM-DD)`)
    if (entry.lifecycle !== 'temporary' && entry.expires) problems.push(`${at('expires')}: only a temporary registration expires; remove it or set lifecycle to "temporary"`)

    for (const [field, text] of proseOf(entry)) {
      for (const code of linkedCodes(text)) {
        if (!knownCodes.has(code)) problems.push(`${at(field)}: links to /${code}, which is not in the catalogue`)
      }
    }
    if (!linkedCodes(entry.whenNotToUse).some((code) => code !== entry.code)) {
      problems.push(`${at('whenNotToUse')}: name at least one code to use instead, linked as [NNN Name](/NNN)`)
    }

    entry.related.forEach((related, i) => {
      if (related.code === entry.code) problems.push(`${at(`related[${i}].code`)}: a code cannot be related to itself`)
      else if (!knownCodes.has(related.code)) problems.push(`${at(`related[${i}].code`)}: ${related.code} is not in the catalogue; add it or remove the link`)
    })

    problems.push(...checkExchange(entry, at))
  }
  return problems
}

function checkExchange(entry: Entry, at: (field: string) => string): string[] {
  const { response, sentAs, log, note } = entry.exchange
  const problems: string[] = []
  if (sentAs !== undefined && sentAs === entry.code) problems.push(`${at('exchange.sentAs')}: only needed when the status on the wire differs from ${entry.code}; remove it`)
  if ((sentAs !== undefined || response === undefined) && !note) problems.push(`${at('exchange.note')}: explain why the response ${response === undefined ? 'is missing' : `carries ${sentAs}`}`)
  if (response === undefined) {
    if (!log) problems.push(`${at('exchange')}: give a response, or a log line for a code that never reaches the client`)
    if (entry.headers.some((h) => h.requirement === 'must')) problems.push(`${at('exchange')}: headers marked "must" need a response to appear in`)
    return problems
  }
  const expected = sentAs ?? entry.code
  const statusLine = /^HTTP\/\S+ (\d{3})/.exec(response)
  if (statusLine && Number(statusLine[1]) !== expected) {
    problems.push(`${at('exchange.response')}: the status line says ${statusLine[1]} but the entry is ${expected}${sentAs ? ' (sentAs)' : ''}`)
  }
  const responseHeaders = headerNames(response)
  entry.headers.forEach((header, i) => {
    if (header.requirement === 'must' && !responseHeaders.has(header.name.toLowerCase())) {
      problems.push(`${at(`headers[${i}].name`)}: ${header.name} is required with ${entry.code} but missing from exchange.response`)
    }
  })
  return problems
}

function headerNames(message: string): Set<string> {
  const head = message.split(/\r?\n\r?\n/)[0] ?? ''
  return new Set(
    head
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.slice(0, line.indexOf(':')).trim().toLowerCase())
      .filter(Boolean),
  )
}

/** The JSON of a data file's text; throws CatalogueError naming the source and where the syntax breaks. */
function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new CatalogueError([`(root): not valid JSON: ${describeJsonError(text, error as Error)}; fix the syntax and run again`], source)
  }
}

/** The JSON of a data file; throws CatalogueError when it cannot be read or parsed. */
export function readJsonFile(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new CatalogueError([`(root): cannot be read: ${(error as Error).message}`], file)
  }
  return parseJson(text, file)
}

function validated(data: unknown, source: string): Catalogue {
  const result = validateCatalogue(data)
  if (!result.ok) throw new CatalogueError(result.problems, source)
  return result.catalogue
}

export function parseCatalogueText(text: string, source = 'catalogue'): Catalogue {
  return validated(parseJson(text, source), source)
}

export function loadCatalogue(file: string): Catalogue {
  return validated(readJsonFile(file), file)
}

function describeJsonError(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message)
  if (!position) return error.message
  const offset = Number(position[1])
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `${error.message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`
}
