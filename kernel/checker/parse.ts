import type { Exchange, Field, InputKind, LineProblem, Message, ParsedInput, Request, Response } from './message.ts'
import { utf8Length } from './text.ts'

/**
 * Reads what a developer pastes: a raw HTTP/1.x response (CRLF or LF), optionally preceded by its
 * request; `curl -i` / `curl -I` output (HTTP/2 status lines, lowercase names, several responses
 * in a row: 100 Continue, redirects followed with -L); `curl -v` output; header blocks copied from
 * browser devtools; or a HAR file. It never throws on any input: anything else is an error
 * message that says what was expected.
 */

/** Larger input is refused rather than read: the page and the CLI stay responsive. */
export const MAX_INPUT_CHARS = 20 * 1024 * 1024

export type ParseResult = { ok: true; input: ParsedInput } | { ok: false; error: string }

const EXPECTED =
  'Expected an HTTP response: its status line and header fields (such as "HTTP/1.1 200 OK" and "Content-Type: text/html"), optionally after its request; the output of curl -i, curl -I or curl -v; header fields copied from the browser\'s developer tools; or a HAR file.'

const STATUS_LINE = /^HTTP\/(\d(?:\.\d)?) +(\d{3})(?: (.*))?$/
const REQUEST_LINE = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*) +(\S+) +HTTP\/(\d(?:\.\d)?)$/
/** A line of developer tools' summary ("Status Code: 200 OK") or an HTTP/2 pseudo-header (":status: 200"). */
const STATUS_SUMMARY = /^(?:status code:|:status:?)\s*(\d{3})\b\s*(.*)$/i

export function parseInput(raw: string): ParseResult {
  if (typeof raw !== 'string') return { ok: false, error: EXPECTED }
  if (raw.length > MAX_INPUT_CHARS) {
    return { ok: false, error: `The input is ${(raw.length / 1024 / 1024).toFixed(1)} MB; the checker reads at most ${MAX_INPUT_CHARS / 1024 / 1024} MB. Paste the header fields, or save a HAR file of fewer requests.` }
  }
  const text = raw.replace(/^\uFEFF/, '')
  if (text.trim() === '') return { ok: false, error: EXPECTED }
  const first = text.trimStart()[0]
  if (first === '{' || first === '[') return parseHar(text)
  if (isCurlVerbose(text)) return fromMessages('curl-verbose', splitMessages(curlVerboseToHttp(text)))
  const messages = splitMessages(text)
  if (messages.some((message) => message.kind === 'response')) return fromMessages('http', messages)
  const headersOnly = parseBareHeaders(text)
  if (headersOnly) return { ok: true, input: { kind: 'headers', exchanges: [{ responses: [headersOnly] }] } }
  if (messages.some((message) => message.kind === 'request')) {
    return { ok: false, error: 'This is an HTTP request with no response after it. Paste the response too (curl -i or curl -v prints both).' }
  }
  return { ok: false, error: EXPECTED }
}

function fromMessages(kind: InputKind, messages: Message[]): ParseResult {
  const exchanges = pairExchanges(messages)
  if (exchanges.length === 0) return { ok: false, error: EXPECTED }
  return { ok: true, input: { kind, exchanges } }
}

/** A request opens an exchange; interim (1xx) responses and then a final one belong to it. */
function pairExchanges(messages: Message[]): Exchange[] {
  const exchanges: Exchange[] = []
  let current: Exchange | undefined
  for (const message of messages) {
    if (message.kind === 'request') {
      current = { request: message, responses: [] }
      exchanges.push(current)
      continue
    }
    const last = current?.responses.at(-1)
    if (!current || (last && last.status >= 200)) {
      current = { responses: [] }
      exchanges.push(current)
    }
    current.responses.push(message)
  }
  return exchanges.filter((exchange) => exchange.responses.length > 0)
}

interface Line {
  text: string
  /** offset of the line's first character in the text */
  start: number
  /** offset just after its line end */
  end: number
}

function linesOf(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const stop = newline === -1 ? text.length : newline
    const content = text.slice(start, stop).replace(/\r$/, '')
    lines.push({ text: content, start, end: newline === -1 ? text.length : newline + 1 })
    if (newline === -1) break
    start = newline + 1
  }
  return lines
}

/**
 * Cuts text into messages: each starts at a request or status line and runs to the blank line
 * after its header section; what follows, up to the next start line at the beginning of a line
 * after a blank line (or straight after the header section), is its content.
 */
function splitMessages(text: string): Message[] {
  const lines = linesOf(text)
  const messages: Message[] = []
  let i = 0
  // Anything before the first start line (a shell prompt, a curl command) is not part of a message.
  while (i < lines.length && !isStartLine(lines[i]!.text)) i++
  while (i < lines.length) {
    const startLine = lines[i]!
    const headerLines: string[] = [startLine.text]
    const fields: Field[] = []
    const problems: LineProblem[] = []
    i++
    while (i < lines.length && lines[i]!.text !== '') {
      const line = lines[i]!.text
      if (isStartLine(line)) break // the next message, with no blank line between them
      headerLines.push(line)
      readFieldLine(line, headerLines.length - 1, fields, problems)
      i++
    }
    const bodyStart = i < lines.length && lines[i]!.text === '' ? lines[i]!.end : (lines[i]?.start ?? text.length)
    if (i < lines.length && lines[i]!.text === '') i++
    // The content runs until a start line that begins it or follows a blank line.
    let next = i
    for (let previousBlank = true; next < lines.length; next++) {
      if (previousBlank && isStartLine(lines[next]!.text)) break
      previousBlank = lines[next]!.text === ''
    }
    const bodyEnd = next < lines.length ? lines[next]!.start : text.length
    i = next
    const given = text.slice(bodyStart, bodyEnd)
    const body = trimBody(given)
    messages.push({ ...makeMessage(startLine.text, headerLines, fields, problems, body), trailingBytes: given.length - (body?.length ?? 0) })
  }
  return messages
}

/** The blank line(s) separating the content from the next message are not content. */
function trimBody(body: string): string | undefined {
  const trimmed = body.replace(/(\r?\n)+$/, '')
  return trimmed === '' ? undefined : trimmed
}

function isStartLine(line: string): boolean {
  return STATUS_LINE.test(line) || REQUEST_LINE.test(line)
}

function readFieldLine(line: string, index: number, fields: Field[], problems: LineProblem[]): void {
  if (/^[ \t]/.test(line) && fields.length > 0) {
    // obs-fold: a continuation of the previous field's value
    problems.push({ line: index, kind: 'obs-fold' })
    fields[fields.length - 1]!.value += ` ${line.trim()}`
    return
  }
  // HTTP/2 pseudo-header fields start with a colon (":status: 200" as devtools show them)
  const colon = line.startsWith(':') ? line.indexOf(':', 1) : line.indexOf(':')
  if (colon <= 0) {
    problems.push({ line: index, kind: 'not-a-field' })
    return
  }
  fields.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim(), line: index })
}

function makeMessage(startLine: string, lines: string[], fields: Field[], problems: LineProblem[], body: string | undefined): Message {
  const bodyBytes = body === undefined ? 0 : utf8Length(body)
  const status = STATUS_LINE.exec(startLine)
  if (status) {
    const [, version, code, reason = ''] = status
    return { kind: 'response', version: `HTTP/${version}`, status: Number(code), reason: reason.trim(), fields, lines, problems, body, bodyBytes }
  }
  const [, method, target, version] = REQUEST_LINE.exec(startLine)!
  return { kind: 'request', method: method!, target: target!, version: `HTTP/${version}`, fields, lines, problems, body, bodyBytes }
}

/**
 * Header fields without a status line, as developer tools copy them: the status comes from a
 * "Status Code: 200 OK" summary line or an HTTP/2 ":status" pseudo-header. Lines of the summary
 * (Request URL, Request Method, Remote Address) are read as fields and then set aside.
 */
function parseBareHeaders(text: string): Response | undefined {
  const lines = linesOf(text).map((line) => line.text).filter((line) => line.trim() !== '')
  let status: number | undefined
  let reason = ''
  const kept: string[] = []
  for (const line of lines) {
    const summary = STATUS_SUMMARY.exec(line.trim())
    if (summary && status === undefined) {
      status = Number(summary[1])
      reason = summary[2]!.trim()
      continue
    }
    kept.push(line.trim())
  }
  if (status === undefined) return undefined
  const SUMMARY_FIELDS = /^(request url|request method|remote address|referrer policy|:authority|:method|:path|:scheme)$/i
  const fields: Field[] = []
  const problems: LineProblem[] = []
  const headerLines = [`(status ${status}${reason ? ` ${reason}` : ''} from the pasted summary)`]
  for (const line of kept) {
    headerLines.push(line)
    readFieldLine(line, headerLines.length - 1, fields, problems)
  }
  const responseFields = fields.filter((field) => !SUMMARY_FIELDS.test(field.name))
  if (responseFields.length === 0 && problems.length > 0) return undefined
  return { kind: 'response', version: 'HTTP/1.1', status, reason, fields: responseFields, lines: headerLines, problems, body: undefined, bodyBytes: 0 }
}

/** curl -v marks request lines "> ", response lines "< " and its own notes "* ". */
function isCurlVerbose(text: string): boolean {
  const lines = linesOf(text).map((line) => line.text)
  return lines.some((line) => /^< HTTP\/\d/.test(line)) && lines.some((line) => /^[*>] /.test(line))
}

function curlVerboseToHttp(text: string): string {
  const out: string[] = []
  for (const { text: line } of linesOf(text)) {
    if (/^[*{}] /.test(line) || line === '*' || line === '{' || line === '}') continue
    if (/^[<>] ?/.test(line) && (line.startsWith('< ') || line.startsWith('> ') || line === '<' || line === '>')) out.push(line.slice(2))
    else out.push(line)
  }
  return out.join('\n')
}

// -------------------------------------------------------------------------------------------
// HAR (HTTP Archive), as browsers export it: log.entries[].request / .response.

interface HarHeader {
  name?: unknown
  value?: unknown
}

function harFields(headers: unknown, lines: string[]): Field[] {
  if (!Array.isArray(headers)) return []
  return (headers as HarHeader[])
    .filter((header) => typeof header?.name === 'string' && typeof header.value === 'string' && !(header.name as string).startsWith(':'))
    .map((header) => {
      lines.push(`${header.name as string}: ${header.value as string}`)
      return { name: header.name as string, value: header.value as string, line: lines.length - 1 }
    })
}

function harVersion(version: unknown): string {
  if (typeof version !== 'string' || version === '') return 'HTTP/1.1'
  if (/^h2$/i.test(version) || /^HTTP\/2/i.test(version)) return 'HTTP/2'
  if (/^h3$/i.test(version) || /^HTTP\/3/i.test(version)) return 'HTTP/3'
  return version.toUpperCase().startsWith('HTTP/') ? version.toUpperCase() : 'HTTP/1.1'
}

function parseHar(text: string): ParseResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, error: 'This looks like JSON but does not parse. A HAR file is JSON with log.entries; save it again from the Network panel ("Save all as HAR").' }
  }
  const entries = (data as { log?: { entries?: unknown } } | null)?.log?.entries
  if (!Array.isArray(entries)) return { ok: false, error: 'This is JSON, but not a HAR file: a HAR file has log.entries, the requests and responses of the Network panel ("Save all as HAR").' }
  const exchanges: Exchange[] = []
  for (const entry of entries as Record<string, unknown>[]) {
    const request = entry?.request as Record<string, unknown> | undefined
    const response = entry?.response as Record<string, unknown> | undefined
    const status = Number(response?.status)
    if (!response || !Number.isInteger(status) || status <= 0) continue // blocked or failed requests have status 0
    const exchange: Exchange = { responses: [] }
    if (request && typeof request.method === 'string' && typeof request.url === 'string') {
      const lines: string[] = []
      const target = request.url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/#.*$/, '') || '/'
      lines.push(`${request.method} ${target} ${harVersion(request.httpVersion)}`)
      exchange.request = { kind: 'request', method: request.method, target, url: request.url, version: harVersion(request.httpVersion), fields: harFields(request.headers, lines), lines, problems: [], body: undefined, bodyBytes: 0 }
    }
    const version = harVersion(response.httpVersion)
    const reason = typeof response.statusText === 'string' ? response.statusText : ''
    const lines = [`${version} ${status}${reason ? ` ${reason}` : ''}`]
    const fields = harFields(response.headers, lines)
    // bodySize is what came over the wire (0 for a 304 or a response from the cache); content.text
    // may hold the cached body even then, so it is shown only when something was sent.
    const bodySize = Number(response.bodySize)
    const content = response.content as { text?: unknown; size?: unknown } | undefined
    const contentSize = Number(content?.size)
    // Some browsers write -1 (unknown) for bodySize: then the content's own size says whether any came.
    const size = Number.isFinite(bodySize) && bodySize >= 0 ? bodySize : status !== 304 && Number.isFinite(contentSize) ? Math.max(0, contentSize) : 0
    const sent = size > 0
    exchange.responses.push({
      kind: 'response',
      version,
      status,
      reason,
      fields,
      lines,
      problems: [],
      body: sent && typeof content?.text === 'string' ? content.text : undefined,
      bodyBytes: size,
    })
    exchanges.push(exchange)
  }
  if (exchanges.length === 0) return { ok: false, error: 'This HAR file holds no completed responses (every entry has status 0 or no response).' }
  return { ok: true, input: { kind: 'har', exchanges } }
}
