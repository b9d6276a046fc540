import { rfcLink, type SourceLink } from '../sources.ts'
import { codePath } from '../paths.ts'
import type { CheckerCode, CheckerData } from './data.ts'
import { fieldValue, fieldsNamed, hasField, type Request, type Response } from './message.ts'
import { INVALID_VALUE_CHARACTER, TOKEN, directives, httpDateForm, isAbsoluteUri, isUriReference, listMembers, parseContentRange } from './fields.ts'

/**
 * The checker's rules. Each has an id, a severity that follows the spec's words (error: a MUST or
 * MUST NOT is broken; warning: a SHOULD; info: advice), a message that says what to change, and
 * the section it rests on. The per-code rules read the catalogue (CheckerData): its header
 * requirements, whether a body is allowed, cacheability, lifecycle and sender.
 */

export type Severity = 'error' | 'warning' | 'info'

export interface Context {
  response: Response
  request?: Request
  /** the catalogue's entry for the status code, if it has one */
  code?: CheckerCode
  data: CheckerData
}

export interface Hit {
  message: string
  /** the field the finding is about, as the message names it */
  field?: string
  /** when a finding rests on another source than the rule's (a catalogue header's own section) */
  source?: SourceLink
}

export interface Rule {
  id: string
  severity: Severity
  /** what the rule checks, in a few words (for the list of rules) */
  title: string
  source: SourceLink
  check(context: Context): Hit[]
}

const rfc9110 = (section: string) => rfcLink(9110, section)
const status = (context: Context) => context.response.status
const named = (code: number, data: CheckerData) => {
  const entry = data.codes[String(code)]
  return entry ? `${code} ${entry.name}` : String(code)
}
const has = (context: Context, name: string) => hasField(context.response, name)
const value = (context: Context, name: string) => fieldValue(context.response, name)
const requestHas = (context: Context, name: string) => (context.request ? hasField(context.request, name) : false)
const hasContent = (response: Response) => response.bodyBytes > 0 || (response.body !== undefined && response.body !== '')
const isHttp1 = (response: Response) => /^HTTP\/1\./.test(response.version)

/** Fields general rules check themselves; the catalogue's conditional requirements are not repeated for them. */
const CHECKED_IN_GENERAL = new Set(['content-type', 'date', 'retry-after', 'content-range', 'connection', 'location'])

/** Whether a cache may store and reuse the response, and on what grounds. */
export function storability(response: Response, code: CheckerCode | undefined): 'explicit' | 'heuristic' | 'no' {
  const cc = directives(fieldValue(response, 'Cache-Control') ?? '')
  const names = new Set(cc.map((d) => d.name))
  if (names.has('no-store')) return 'no'
  if (names.has('max-age') || names.has('s-maxage') || hasField(response, 'Expires')) return 'explicit'
  if (names.has('no-cache')) return 'no'
  if (code?.cacheable === 'by-default' || names.has('public')) return 'heuristic'
  return 'no'
}

const sharedCacheExcluded = (response: Response) => directives(fieldValue(response, 'Cache-Control') ?? '').some((d) => d.name === 'private' || d.name === 'no-store')

// -------------------------------------------------------------------------------------------

const statusRules: Rule[] = [
  {
    id: 'status-invalid',
    severity: 'error',
    title: 'status code outside 100-599',
    source: rfc9110('15'),
    check: (c) => (status(c) < 100 || status(c) > 599 ? [{ message: `${status(c)} is outside the 100-599 range of HTTP status codes, so clients treat the response as invalid: send a registered code.` }] : []),
  },
  {
    id: 'status-unregistered',
    severity: 'warning',
    title: 'code neither registered nor known',
    source: { label: 'IANA HTTP Status Code Registry', url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml' },
    check: (c) =>
      !c.code && status(c) >= 100 && status(c) <= 599
        ? [{ message: `${status(c)} is not registered, and no product is known to send it. Clients treat it as ${Math.floor(status(c) / 100)}00: send a registered code instead.` }]
        : [],
  },
  {
    id: 'status-unofficial',
    severity: 'info',
    title: 'unofficial code (who sends it)',
    source: { label: 'IANA HTTP Status Code Registry', url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml' },
    check: (c) =>
      c.code?.lifecycle === 'unofficial'
        ? [{ message: `${named(status(c), c.data)} is not registered: it is ${c.code.sentBy}'s own code. Clients that do not know it treat it as ${Math.floor(status(c) / 100)}00; its page (${codePath(status(c))}) names the registered code to use instead.` }]
        : [],
  },
  {
    id: 'status-retired',
    severity: 'warning',
    title: 'deprecated, obsolete or unused code',
    source: { label: 'IANA HTTP Status Code Registry', url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml' },
    check: (c) => {
      const lifecycle = c.code?.lifecycle
      if (lifecycle !== 'deprecated' && lifecycle !== 'obsolete' && lifecycle !== 'unused') return []
      return [{ message: `${named(status(c), c.data)} is ${lifecycle === 'unused' ? 'reserved and unused' : lifecycle}: send the code ${codePath(status(c))} recommends instead.`, source: c.code!.source }]
    },
  },
  {
    id: 'status-temporary',
    severity: 'info',
    title: 'temporarily registered code',
    source: { label: 'IANA HTTP Status Code Registry', url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml' },
    check: (c) => (c.code?.lifecycle === 'temporary' ? [{ message: `${named(status(c), c.data)} has only a temporary registration, for a draft that can still change: clients may not know it.`, source: c.code.source }] : []),
  },
  {
    id: 'reason-phrase-differs',
    severity: 'info',
    title: 'reason phrase other than the registered name',
    source: rfcLink(9112, '4'),
    check: (c) => {
      const { reason } = c.response
      if (!c.code || c.code.lifecycle === 'unofficial' || reason === '' || !isHttp1(c.response)) return []
      if (reason.toLowerCase() === c.code.name.toLowerCase()) return []
      return [{ message: `The reason phrase "${reason}" differs from the registered name "${c.code.name}". Clients ignore the phrase, so this changes nothing, but the registered name avoids confusion.` }]
    },
  },
  {
    id: 'reason-phrase-non-ascii',
    severity: 'info',
    title: 'reason phrase with non-ASCII text',
    source: rfcLink(9112, '4'),
    check: (c) => (/[^\t\x20-\x7e]/.test(c.response.reason) ? [{ message: 'The reason phrase holds non-ASCII characters, which clients may show garbled: use ASCII text, or none.' }] : []),
  },
]

const catalogueRules: Rule[] = [
  {
    id: 'required-field',
    severity: 'error',
    title: 'a header field the code requires (catalogue)',
    source: rfc9110('15'),
    check: (c) =>
      (c.code?.headers ?? [])
        .filter((h) => h.requirement === 'must' && !h.condition && !has(c, h.name))
        .map((h) => ({ message: `A ${named(status(c), c.data)} must carry ${h.name}: add it.`, field: h.name, source: h.source })),
  },
  {
    id: 'recommended-field',
    severity: 'warning',
    title: 'a header field the code should carry (catalogue)',
    source: rfc9110('15'),
    check: (c) =>
      (c.code?.headers ?? [])
        .filter((h) => h.requirement === 'should' && !h.condition && !has(c, h.name))
        .map((h) => ({ message: `A ${named(status(c), c.data)} should carry ${h.name}: add it.`, field: h.name, source: h.source })),
  },
  {
    id: 'conditional-field',
    severity: 'info',
    title: 'a header field the code needs in some cases (catalogue)',
    source: rfc9110('15'),
    check: (c) =>
      (c.code?.headers ?? [])
        .filter((h) => h.requirement !== 'may' && h.condition && !has(c, h.name) && !CHECKED_IN_GENERAL.has(h.name.toLowerCase()))
        .map((h) => ({ message: `A ${named(status(c), c.data)} ${h.requirement} carry ${h.name} ${h.condition}: check whether that applies here.`, field: h.name, source: h.source })),
  },
  {
    id: 'content-not-allowed',
    severity: 'error',
    title: 'content on a response that has none',
    source: rfc9110('6.4.1'),
    check: (c) =>
      c.code?.body === 'none' && hasContent(c.response)
        ? [{ message: `A ${named(status(c), c.data)} has no content, yet this one carries ${c.response.bodyBytes} bytes: clients would read them as the start of the next response. Remove the content.`, source: c.code.source }]
        : [],
  },
  {
    id: 'stored-despite-must-not',
    severity: 'warning',
    title: 'a code caches must not store, made storable',
    source: rfcLink(6585, '4'),
    check: (c) => {
      if (c.code?.cacheable !== 'never' || status(c) < 200) return []
      const cc = directives(value(c, 'Cache-Control') ?? '')
      const storable = cc.some((d) => ['max-age', 's-maxage', 'public'].includes(d.name)) || has(c, 'Expires')
      return storable ? [{ message: `Caches must not store a ${named(status(c), c.data)}, but this one invites it (Cache-Control or Expires): send Cache-Control: no-store instead.`, field: 'Cache-Control', source: c.code.source }] : []
    },
  },
  {
    id: 'heuristically-cacheable',
    severity: 'info',
    title: 'cacheable by default, with no caching fields',
    source: rfcLink(9111, '4.2.2'),
    check: (c) =>
      c.code?.cacheable === 'by-default' && !has(c, 'Cache-Control') && !has(c, 'Expires')
        ? [{ message: `Caches may store a ${named(status(c), c.data)} and reuse it for a time they guess. Say how long it stays fresh with Cache-Control (max-age, or no-store).`, field: 'Cache-Control' }]
        : [],
  },
]

const contentRules: Rule[] = [
  {
    id: 'head-response-content',
    severity: 'error',
    title: 'content in a response to HEAD',
    source: rfc9110('9.3.2'),
    check: (c) => (c.request?.method.toUpperCase() === 'HEAD' && hasContent(c.response) ? [{ message: 'A response to HEAD must not carry content: send the header fields only.' }] : []),
  },
  {
    id: 'content-length-invalid',
    severity: 'error',
    title: 'Content-Length that is not a number',
    source: rfc9110('8.6'),
    check: (c) => {
      const field = value(c, 'Content-Length')
      if (field === undefined) return []
      const members = listMembers(field)
      if (members.length > 0 && members.every((m) => /^\d+$/.test(m)) && new Set(members.map(Number)).size === 1) return []
      return [{ message: `Content-Length "${field}" is not one decimal number, so clients cannot tell where the content ends: send the length in bytes.`, field: 'Content-Length' }]
    },
  },
  {
    id: 'content-length-mismatch',
    severity: 'warning',
    title: 'Content-Length against the content given',
    source: rfcLink(9112, '6.3'),
    check: (c) => {
      const field = value(c, 'Content-Length')
      if (field === undefined || c.response.body === undefined || has(c, 'Content-Encoding') || has(c, 'Transfer-Encoding')) return []
      const declared = Number(listMembers(field)[0])
      const given = c.response.bodyBytes
      if (!Number.isFinite(declared) || (declared >= given && declared <= given + (c.response.trailingBytes ?? 0))) return []
      return [{ message: `Content-Length says ${declared} bytes, but the content given is ${c.response.bodyBytes} bytes. If the whole content is here, correct Content-Length; a wrong one cuts the response or hangs the client.`, field: 'Content-Length' }]
    },
  },
  {
    id: 'content-length-forbidden',
    severity: 'error',
    title: 'Content-Length on a 1xx or 204',
    source: rfc9110('8.6'),
    check: (c) => ((status(c) < 200 || status(c) === 204) && has(c, 'Content-Length') ? [{ message: `A server must not send Content-Length in a ${status(c)} response: remove it.`, field: 'Content-Length' }] : []),
  },
  {
    id: 'content-length-with-transfer-encoding',
    severity: 'error',
    title: 'Content-Length together with Transfer-Encoding',
    source: rfcLink(9112, '6.2'),
    check: (c) => (has(c, 'Content-Length') && has(c, 'Transfer-Encoding') ? [{ message: 'A message with Transfer-Encoding must not carry Content-Length as well (the pair is how request smuggling starts): remove Content-Length.', field: 'Content-Length' }] : []),
  },
  {
    id: 'content-type-missing',
    severity: 'warning',
    title: 'content without Content-Type',
    source: rfc9110('8.3'),
    check: (c) =>
      hasContent(c.response) && !has(c, 'Content-Type') && c.code?.body !== 'none' ? [{ message: 'The response has content but no Content-Type, so clients have to guess what it is: add Content-Type.', field: 'Content-Type' }] : [],
  },
]

const LOCATION_MEANINGFUL = (code: number) => code === 201 || (code >= 300 && code < 400) || code === 104

const locationRules: Rule[] = [
  {
    id: 'location-invalid',
    severity: 'error',
    title: 'Location that is not a URI reference',
    source: rfc9110('10.2.2'),
    check: (c) => {
      const field = value(c, 'Location')
      if (field === undefined || isUriReference(field)) return []
      return [{ message: `Location "${field}" is not a valid URI reference (spaces and some characters must be percent-encoded), so clients may not follow it: encode it.`, field: 'Location' }]
    },
  },
  {
    id: 'location-relative',
    severity: 'info',
    title: 'relative Location',
    source: rfc9110('10.2.2'),
    check: (c) => {
      const field = value(c, 'Location')
      if (field === undefined || !isUriReference(field) || isAbsoluteUri(field) || !LOCATION_MEANINGFUL(status(c))) return []
      return [{ message: `Location "${field}" is relative: clients resolve it against the request URL, which all current ones do. Fine, unless old clients matter.`, field: 'Location' }]
    },
  },
  {
    id: 'location-meaningless',
    severity: 'info',
    title: 'Location where it means nothing',
    source: rfc9110('10.2.2'),
    check: (c) =>
      has(c, 'Location') && !LOCATION_MEANINGFUL(status(c)) ? [{ message: `Location has no defined meaning on a ${named(status(c), c.data)}, and clients ignore it: remove it, or send a redirect (3xx) if the client should go there.`, field: 'Location' }] : [],
  },
]

const rangeRules: Rule[] = [
  {
    id: 'content-range-invalid',
    severity: 'error',
    title: 'Content-Range syntax',
    source: rfc9110('14.4'),
    check: (c) => {
      const field = value(c, 'Content-Range')
      if (field === undefined || parseContentRange(field)) return []
      return [{ message: `Content-Range "${field}" is not valid: write "bytes first-last/length" (last below length) or, on a 416, "bytes */length".`, field: 'Content-Range' }]
    },
  },
  {
    id: 'content-range-form',
    severity: 'error',
    title: 'unsatisfied range form outside 416',
    source: rfc9110('14.4'),
    check: (c) => {
      const parsed = parseContentRange(value(c, 'Content-Range') ?? '')
      if (!parsed) return []
      if (parsed.kind === 'unsatisfied' && status(c) !== 416) return [{ message: `"bytes */length" belongs in a 416 only; a ${status(c)} must name the bytes it carries, as "bytes first-last/length".`, field: 'Content-Range' }]
      if (parsed.kind === 'satisfied' && status(c) === 416) return [{ message: 'A 416 sent no range, so its Content-Range should be "bytes */length" with the current length.', field: 'Content-Range' }]
      return []
    },
  },
  {
    id: 'content-range-missing',
    severity: 'error',
    title: 'single-part 206 without Content-Range',
    source: rfc9110('15.3.7.1'),
    check: (c) =>
      status(c) === 206 && !has(c, 'Content-Range') && !/multipart\/byteranges/i.test(value(c, 'Content-Type') ?? '')
        ? [{ message: 'A single-part 206 must carry Content-Range saying which bytes it holds, such as "bytes 0-499/1234": add it.', field: 'Content-Range' }]
        : [],
  },
  {
    id: 'content-range-length-missing',
    severity: 'warning',
    title: '416 without the current length',
    source: rfc9110('15.5.17'),
    check: (c) => (status(c) === 416 && !has(c, 'Content-Range') ? [{ message: 'A 416 should carry Content-Range "bytes */length" with the current length, so the client can ask for a range that exists.', field: 'Content-Range' }] : []),
  },
  {
    id: 'content-range-meaningless',
    severity: 'info',
    title: 'Content-Range where it means nothing',
    source: rfc9110('14.4'),
    check: (c) => (has(c, 'Content-Range') && status(c) !== 206 && status(c) !== 416 ? [{ message: `Content-Range has a meaning only on 206 and 416; on a ${status(c)} clients ignore it: remove it.`, field: 'Content-Range' }] : []),
  },
]

const requestRules: Rule[] = [
  {
    id: 'partial-content-not-requested',
    severity: 'warning',
    title: '206 to a request without Range',
    source: rfc9110('15.3.7'),
    check: (c) => (c.request && status(c) === 206 && !requestHas(c, 'Range') ? [{ message: 'The request asked for no range, yet the response is a 206: send the whole representation with 200.' }] : []),
  },
  {
    id: 'range-not-satisfiable-without-range',
    severity: 'warning',
    title: '416 to a request without Range',
    source: rfc9110('15.5.17'),
    check: (c) => (c.request && status(c) === 416 && !requestHas(c, 'Range') ? [{ message: 'A 416 answers a Range request, but this request had no Range: send 200 with the whole representation.' }] : []),
  },
  {
    id: 'precondition-failed-without-precondition',
    severity: 'warning',
    title: '412 to a request without preconditions',
    source: rfc9110('15.5.13'),
    check: (c) =>
      c.request && status(c) === 412 && !['If-Match', 'If-None-Match', 'If-Modified-Since', 'If-Unmodified-Since', 'If-Range'].some((name) => requestHas(c, name))
        ? [{ message: 'A 412 says a precondition in the request failed, but the request had none (no If-Match, If-None-Match, If-Unmodified-Since...): use 409 for a conflict with the current state, or 428 to require a precondition.' }]
        : [],
  },
  {
    id: 'not-modified-without-validator',
    severity: 'warning',
    title: '304 to a request without validators',
    source: rfc9110('15.4.5'),
    check: (c) =>
      c.request && status(c) === 304 && !requestHas(c, 'If-None-Match') && !requestHas(c, 'If-Modified-Since')
        ? [{ message: 'A 304 answers a conditional GET or HEAD, but this request sent no If-None-Match or If-Modified-Since: the client has no copy to reuse. Send 200 with the content.' }]
        : [],
  },
  {
    id: 'allow-lists-request-method',
    severity: 'warning',
    title: '405 whose Allow lists the method',
    source: rfc9110('15.5.6'),
    check: (c) => {
      if (!c.request || status(c) !== 405) return []
      const allowed = listMembers(value(c, 'Allow') ?? '').map((m) => m.toUpperCase())
      return allowed.includes(c.request.method.toUpperCase()) ? [{ message: `The 405 refuses ${c.request.method}, but its Allow lists ${c.request.method}: list only the methods the resource supports.`, field: 'Allow' }] : []
    },
  },
  {
    id: 'continue-without-expect',
    severity: 'info',
    title: '100 to a request without Expect',
    source: rfc9110('10.1.1'),
    check: (c) =>
      c.request && status(c) === 100 && !/100-continue/i.test(fieldValue(c.request, 'Expect') ?? '')
        ? [{ message: 'A 100 Continue answers "Expect: 100-continue", which this request did not send: an HTTP/1.1 server need not send it.' }]
        : [],
  },
  {
    id: 'switching-protocols-unrequested',
    severity: 'error',
    title: '101 to a request without Upgrade',
    source: rfc9110('7.8'),
    check: (c) => (c.request && status(c) === 101 && !requestHas(c, 'Upgrade') ? [{ message: 'A server must not switch to a protocol the client did not ask for in Upgrade, and this request had no Upgrade: do not send 101.' }] : []),
  },
  {
    id: 'strict-transport-security-over-http',
    severity: 'warning',
    title: 'Strict-Transport-Security over plain HTTP',
    source: rfcLink(6797, '7.2'),
    check: (c) =>
      c.request?.url?.toLowerCase().startsWith('http:') && has(c, 'Strict-Transport-Security')
        ? [{ message: 'Browsers ignore Strict-Transport-Security on a response over plain HTTP: send it on the HTTPS responses, and redirect plain HTTP to HTTPS.', field: 'Strict-Transport-Security' }]
        : [],
  },
]

const notModifiedRules: Rule[] = [
  {
    id: 'not-modified-metadata',
    severity: 'warning',
    title: '304 with representation metadata',
    source: rfc9110('15.4.5'),
    check: (c) =>
      status(c) === 304
        ? ['Content-Type', 'Content-Encoding', 'Content-Language'].filter((name) => has(c, name)).map((name) => ({ message: `A 304 should not carry ${name}: the client keeps the metadata of its stored copy. Remove it.`, field: name }))
        : [],
  },
]

const DELAY_SECONDS = /^\d+$/

const retryRules: Rule[] = [
  {
    id: 'retry-after-invalid',
    severity: 'error',
    title: 'Retry-After syntax',
    source: rfc9110('10.2.3'),
    check: (c) => {
      const field = value(c, 'Retry-After')
      if (field === undefined || DELAY_SECONDS.test(field.trim()) || httpDateForm(field) !== 'invalid') return []
      return [{ message: `Retry-After "${field}" is neither a number of seconds nor an HTTP date, so clients ignore it: send seconds, such as "Retry-After: 120".`, field: 'Retry-After' }]
    },
  },
  {
    id: 'retry-after-missing',
    severity: 'info',
    title: 'no Retry-After where it helps',
    source: rfcLink(6585, '4'),
    check: (c) =>
      [429, 503].includes(status(c)) && !has(c, 'Retry-After')
        ? [{ message: `Add Retry-After to the ${named(status(c), c.data)}: without it clients guess when to try again, and often too soon.`, field: 'Retry-After', source: status(c) === 503 ? rfc9110('15.6.4') : rfcLink(6585, '4') }]
        : [],
  },
  {
    id: 'retry-after-meaningless',
    severity: 'info',
    title: 'Retry-After where no specification gives it a meaning',
    source: rfc9110('10.2.3'),
    check: (c) => {
      const code = status(c)
      const meaningful = code === 503 || code === 429 || code === 413 || code === 202 || (code >= 300 && code < 400)
      return has(c, 'Retry-After') && !meaningful ? [{ message: `Retry-After has no defined meaning on a ${named(code, c.data)}: clients may ignore it.`, field: 'Retry-After' }] : []
    },
  },
]

const cachingRules: Rule[] = [
  {
    id: 'set-cookie-shared-cache',
    severity: 'warning',
    title: 'Set-Cookie on a response shared caches may store',
    source: rfcLink(9111, '5.2.2.7'),
    check: (c) =>
      has(c, 'Set-Cookie') && storability(c.response, c.code) !== 'no' && !sharedCacheExcluded(c.response)
        ? [{ message: 'A shared cache may store this response and hand its Set-Cookie to other users: add Cache-Control: private (or no-store).', field: 'Set-Cookie' }]
        : [],
  },
  {
    id: 'vary-star',
    severity: 'info',
    title: 'Vary: * on a cacheable response',
    source: rfc9110('12.5.5'),
    check: (c) =>
      listMembers(value(c, 'Vary') ?? '').includes('*') && storability(c.response, c.code) !== 'no'
        ? [{ message: '"Vary: *" means no stored copy can be reused, so caching this response gains nothing: list the request fields that matter, or send no-store.', field: 'Vary' }]
        : [],
  },
  {
    id: 'vary-wide',
    severity: 'info',
    title: 'Vary on a field that defeats caching',
    source: rfc9110('12.5.5'),
    check: (c) => {
      if (storability(c.response, c.code) === 'no') return []
      const wide = listMembers(value(c, 'Vary') ?? '').filter((m) => ['user-agent', 'cookie'].includes(m.toLowerCase()))
      return wide.map((name) => ({ message: `"Vary: ${name}" keeps a separate copy for almost every client, so caches rarely reuse one: vary on a normalised field instead, or mark the response private.`, field: 'Vary' }))
    },
  },
  {
    id: 'vary-invalid',
    severity: 'error',
    title: 'Vary syntax',
    source: rfc9110('12.5.5'),
    check: (c) => {
      const members = listMembers(value(c, 'Vary') ?? '')
      const bad = members.filter((m) => m !== '*' && !TOKEN.test(m))
      return bad.length ? [{ message: `Vary lists "${bad[0]}", which is not a field name: list request field names such as Accept-Encoding.`, field: 'Vary' }] : []
    },
  },
  {
    id: 'cache-control-invalid',
    severity: 'warning',
    title: 'Cache-Control directive syntax',
    source: rfcLink(9111, '5.2'),
    check: (c) => {
      const field = value(c, 'Cache-Control')
      if (field === undefined) return []
      return directives(field)
        .filter((d) => (['max-age', 's-maxage', 'stale-while-revalidate', 'stale-if-error'].includes(d.name) && !/^\d+$/.test(d.value ?? '')) || !TOKEN.test(d.name))
        .map((d) => ({ message: `Cache-Control "${d.name}${d.value !== undefined ? `=${d.value}` : ''}" is not valid${d.value === undefined && !TOKEN.test(d.name) ? '' : ': its value must be a number of seconds'}, and caches may ignore it.`, field: 'Cache-Control' }))
    },
  },
]

const DATE_FIELDS = ['Date', 'Expires', 'Last-Modified']

const syntaxRules: Rule[] = [
  {
    id: 'date-missing',
    severity: 'warning',
    title: 'no Date',
    source: rfc9110('6.6.1'),
    check: (c) =>
      status(c) >= 200 && status(c) < 500 && !has(c, 'Date')
        ? [{ message: 'An origin server with a clock must send Date in a 2xx, 3xx or 4xx response (caches need it to compute age): add it.', field: 'Date' }]
        : [],
  },
  {
    id: 'http-date-invalid',
    severity: 'error',
    title: 'date that is not an HTTP date',
    source: rfc9110('5.6.7'),
    check: (c) =>
      DATE_FIELDS.flatMap((name) => fieldsNamed(c.response, name))
        .filter((field) => httpDateForm(field.value) === 'invalid' && !(field.name.toLowerCase() === 'expires' && field.value.trim() === '0'))
        .map((field) => ({ message: `${field.name} "${field.value}" is not an HTTP date; write it as "Sun, 06 Nov 1994 08:49:37 GMT".${field.name.toLowerCase() === 'expires' ? ' (Caches treat an invalid Expires as already expired.)' : ''}`, field: field.name })),
  },
  {
    id: 'http-date-obsolete',
    severity: 'error',
    title: 'date in an obsolete format',
    source: rfc9110('5.6.7'),
    check: (c) =>
      DATE_FIELDS.flatMap((name) => fieldsNamed(c.response, name))
        .filter((field) => httpDateForm(field.value) === 'obsolete')
        .map((field) => ({ message: `${field.name} uses an obsolete date format; senders must write the fixed form, such as "Sun, 06 Nov 1994 08:49:37 GMT".`, field: field.name })),
  },
  {
    id: 'field-name-invalid',
    severity: 'error',
    title: 'field name that is not a token',
    source: rfc9110('5.1'),
    check: (c) => c.response.fields.filter((f) => !TOKEN.test(f.name)).map((f) => ({ message: `"${f.name}" is not a valid field name (no spaces or separators), so clients reject or ignore the line: fix the name.`, field: f.name })),
  },
  {
    id: 'field-value-invalid',
    severity: 'error',
    title: 'control characters in a field value',
    source: rfc9110('5.5'),
    check: (c) => c.response.fields.filter((f) => INVALID_VALUE_CHARACTER.test(f.value)).map((f) => ({ message: `${f.name} holds control characters, which a field value must not contain: remove them.`, field: f.name })),
  },
  {
    id: 'obsolete-line-folding',
    severity: 'error',
    title: 'a field value folded over lines',
    source: rfcLink(9112, '5.2'),
    check: (c) => c.response.problems.filter((p) => p.kind === 'obs-fold').map((p) => ({ message: `Line ${p.line + 1} continues the field before it (obsolete line folding), which a server must not send: put the value on one line.` })),
  },
  {
    id: 'not-a-field-line',
    severity: 'error',
    title: 'a header line that is not a field',
    source: rfcLink(9112, '5'),
    check: (c) => c.response.problems.filter((p) => p.kind === 'not-a-field').map((p) => ({ message: `Line ${p.line + 1} ("${(c.response.lines[p.line] ?? '').slice(0, 40)}") is not a "Name: value" field line; clients reject the response or drop the line.` })),
  },
  {
    id: 'duplicate-field',
    severity: 'error',
    title: 'a single-value field sent twice',
    source: rfc9110('5.3'),
    check: (c) => {
      const singles = ['Content-Type', 'Location', 'ETag', 'Date', 'Last-Modified', 'Expires', 'Retry-After', 'Content-Range', 'Content-Location']
      return singles
        .filter((name) => new Set(fieldsNamed(c.response, name).map((f) => f.value)).size > 1)
        .map((name) => ({ message: `${name} appears more than once with different values; it takes one value, so clients pick one at random: send it once.`, field: name }))
    },
  },
  {
    id: 'allow-invalid',
    severity: 'error',
    title: 'Allow syntax',
    source: rfc9110('10.2.1'),
    check: (c) => {
      const field = value(c, 'Allow')
      if (field === undefined) return []
      const bad = listMembers(field).filter((m) => !TOKEN.test(m))
      return bad.length ? [{ message: `Allow lists "${bad[0]}", which is not a method name: list methods separated by commas, such as "Allow: GET, HEAD".`, field: 'Allow' }] : []
    },
  },
  {
    id: 'challenge-invalid',
    severity: 'error',
    title: 'authentication challenge syntax',
    source: rfc9110('11.6.1'),
    check: (c) =>
      ['WWW-Authenticate', 'Proxy-Authenticate']
        .flatMap((name) => fieldsNamed(c.response, name))
        .filter((f) => !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+(\s|$)/.test(f.value.trim()))
        .map((f) => ({ message: `${f.name} "${f.value}" does not start with an authentication scheme, so clients cannot answer it: write it as "${f.name}: Bearer realm=\\"api\\"".`, field: f.name })),
  },
  {
    id: 'upgrade-without-connection',
    severity: 'error',
    title: 'Upgrade without Connection: upgrade',
    source: rfc9110('7.8'),
    check: (c) =>
      isHttp1(c.response) && has(c, 'Upgrade') && !listMembers(value(c, 'Connection') ?? '').some((m) => m.toLowerCase() === 'upgrade')
        ? [{ message: 'A message that sends Upgrade must also send "Connection: upgrade", so intermediaries do not pass Upgrade on: add it.', field: 'Connection' }]
        : [],
  },
  {
    id: 'connection-field-in-http2',
    severity: 'error',
    title: 'connection-specific field in HTTP/2 or HTTP/3',
    source: rfcLink(9113, '8.2.2'),
    check: (c) =>
      /^HTTP\/[23]/.test(c.response.version)
        ? ['Connection', 'Keep-Alive', 'Proxy-Connection', 'Transfer-Encoding', 'Upgrade']
            .filter((name) => has(c, name))
            .map((name) => ({ message: `${name} is specific to HTTP/1.1 and must not appear in an ${c.response.version} response (clients treat the response as malformed): remove it.`, field: name }))
        : [],
  },
]

/** Every rule, in the order findings are listed. */
export const RULES: readonly Rule[] = [...statusRules, ...catalogueRules, ...contentRules, ...locationRules, ...rangeRules, ...notModifiedRules, ...requestRules, ...retryRules, ...cachingRules, ...syntaxRules]
