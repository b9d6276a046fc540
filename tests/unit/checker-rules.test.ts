import { describe, expect, it } from 'vitest'
import { checkInput, type Finding } from '../../kernel/checker/check.ts'
import { RULES } from '../../kernel/checker/rules.ts'
import { loadCatalogue } from '../../scripts/catalogue/load.ts'
import { checkerData } from '../../scripts/render/checker-data.ts'
import { CATALOGUE_FILE } from '../../scripts/site.ts'

const data = checkerData(loadCatalogue(CATALOGUE_FILE))
const DATE = 'Date: Tue, 10 Jun 2025 09:00:00 GMT'

/** A response: status line, fields (Date added unless given), optional content. */
function res(statusLine: string, fields: string[] = [], body?: string): string {
  const all = fields.some((f) => /^date:/i.test(f)) || fields.includes('-date') ? fields.filter((f) => f !== '-date') : [DATE, ...fields]
  return `${statusLine}\n${all.join('\n')}\n${body === undefined ? '' : `\n${body}`}`
}
const req = (line: string, fields: string[] = []) => `${line}\nHost: example.com\n${fields.join('\n')}${fields.length ? '\n' : ''}\n`

function findings(text: string): Finding[] {
  const report = checkInput(text, data)
  if (!report.ok) throw new Error(report.error)
  return report.responses.flatMap((r) => r.findings)
}
const rulesOf = (text: string) => findings(text).map((f) => f.rule)

/** For each rule: a response it flags, and the nearest compliant one, which it must leave alone. */
const CASES: Record<string, { fires: string; quiet: string }> = {
  'status-invalid': { fires: res('HTTP/1.1 783 Unexpected Token'), quiet: res('HTTP/1.1 200 OK', ['Cache-Control: no-store']) },
  'status-unregistered': { fires: res('HTTP/1.1 299 Whatever'), quiet: res('HTTP/1.1 202 Accepted') },
  'status-unofficial': { fires: res('HTTP/1.1 520 Web Server Returns an Unknown Error'), quiet: res('HTTP/1.1 502 Bad Gateway') },
  'status-retired': { fires: res('HTTP/1.1 305 Use Proxy', ['Location: http://proxy.example/']), quiet: res('HTTP/1.1 307 Temporary Redirect', ['Location: /next']) },
  'status-temporary': { fires: res('HTTP/1.1 104 Upload Resumption Supported', ['-date', 'Location: /uploads/1', 'Upload-Limit: max-size=1000', 'Upload-Draft-Interop-Version: 8']), quiet: res('HTTP/1.1 103 Early Hints', ['-date', 'Link: </s.css>; rel=preload']) },
  'reason-phrase-differs': { fires: res('HTTP/1.1 503 Service Temporarily Unavailable', ['Retry-After: 60']), quiet: res('HTTP/1.1 503 Service Unavailable', ['Retry-After: 60']) },
  'reason-phrase-non-ascii': { fires: res('HTTP/1.1 202 Accepté'), quiet: res('HTTP/1.1 202 Accepted') },
  'required-field': { fires: res('HTTP/1.1 401 Unauthorized'), quiet: res('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer realm="api"']) },
  'recommended-field': { fires: res('HTTP/1.1 301 Moved Permanently', ['Cache-Control: max-age=60']), quiet: res('HTTP/1.1 301 Moved Permanently', ['Location: /new', 'Cache-Control: max-age=60']) },
  'conditional-field': { fires: res('HTTP/1.1 304 Not Modified'), quiet: res('HTTP/1.1 304 Not Modified', ['ETag: "v1"', 'Cache-Control: max-age=60', 'Vary: Accept-Encoding']) },
  'content-not-allowed': { fires: res('HTTP/1.1 204 No Content', [], 'done'), quiet: res('HTTP/1.1 204 No Content') },
  'stored-despite-must-not': { fires: res('HTTP/1.1 429 Too Many Requests', ['Retry-After: 60', 'Cache-Control: max-age=3600']), quiet: res('HTTP/1.1 429 Too Many Requests', ['Retry-After: 60', 'Cache-Control: no-store']) },
  'heuristically-cacheable': { fires: res('HTTP/1.1 404 Not Found'), quiet: res('HTTP/1.1 404 Not Found', ['Cache-Control: max-age=60']) },
  'head-response-content': { fires: req('HEAD /a HTTP/1.1') + res('HTTP/1.1 202 Accepted', ['Content-Type: text/plain'], 'hello'), quiet: req('HEAD /a HTTP/1.1') + res('HTTP/1.1 202 Accepted', ['Content-Type: text/plain', 'Content-Length: 5']) },
  'content-length-invalid': { fires: res('HTTP/1.1 202 Accepted', ['Content-Length: 12, 13']), quiet: res('HTTP/1.1 202 Accepted', ['Content-Length: 12, 12']) },
  'content-length-mismatch': { fires: res('HTTP/1.1 202 Accepted', ['Content-Type: text/plain', 'Content-Length: 10'], 'hello'), quiet: res('HTTP/1.1 202 Accepted', ['Content-Type: text/plain', 'Content-Length: 5'], 'hello') },
  'content-length-forbidden': { fires: res('HTTP/1.1 204 No Content', ['Content-Length: 0']), quiet: res('HTTP/1.1 205 Reset Content', ['Content-Length: 0']) },
  'content-length-with-transfer-encoding': { fires: res('HTTP/1.1 202 Accepted', ['Transfer-Encoding: chunked', 'Content-Length: 5']), quiet: res('HTTP/1.1 202 Accepted', ['Transfer-Encoding: chunked']) },
  'content-type-missing': { fires: res('HTTP/1.1 202 Accepted', [], 'queued'), quiet: res('HTTP/1.1 202 Accepted', ['Content-Type: text/plain'], 'queued') },
  'location-invalid': { fires: res('HTTP/1.1 303 See Other', ['Location: /a b']), quiet: res('HTTP/1.1 303 See Other', ['Location: /a%20b']) },
  'location-relative': { fires: res('HTTP/1.1 303 See Other', ['Location: /orders/7']), quiet: res('HTTP/1.1 303 See Other', ['Location: https://example.com/orders/7']) },
  'location-meaningless': { fires: res('HTTP/1.1 202 Accepted', ['Location: /status/1']), quiet: res('HTTP/1.1 201 Created', ['Location: /items/1']) },
  'content-range-invalid': { fires: res('HTTP/1.1 206 Partial Content', ['Content-Range: bytes 500-100/1000', 'Content-Type: text/plain']), quiet: res('HTTP/1.1 206 Partial Content', ['Content-Range: bytes 0-99/1000', 'Content-Type: text/plain']) },
  'content-range-form': { fires: res('HTTP/1.1 206 Partial Content', ['Content-Range: bytes */1000']), quiet: res('HTTP/1.1 416 Range Not Satisfiable', ['Content-Range: bytes */1000']) },
  'content-range-missing': { fires: res('HTTP/1.1 206 Partial Content', ['Content-Type: text/plain']), quiet: res('HTTP/1.1 206 Partial Content', ['Content-Type: multipart/byteranges; boundary=x']) },
  'content-range-length-missing': { fires: res('HTTP/1.1 416 Range Not Satisfiable'), quiet: res('HTTP/1.1 416 Range Not Satisfiable', ['Content-Range: bytes */1000']) },
  'content-range-meaningless': { fires: res('HTTP/1.1 202 Accepted', ['Content-Range: bytes 0-9/10']), quiet: res('HTTP/1.1 206 Partial Content', ['Content-Range: bytes 0-9/10']) },
  'not-modified-metadata': { fires: res('HTTP/1.1 304 Not Modified', ['ETag: "a"', 'Content-Type: text/html']), quiet: res('HTTP/1.1 304 Not Modified', ['ETag: "a"']) },
  'partial-content-not-requested': { fires: req('GET /f HTTP/1.1') + res('HTTP/1.1 206 Partial Content', ['Content-Range: bytes 0-9/10']), quiet: req('GET /f HTTP/1.1', ['Range: bytes=0-9']) + res('HTTP/1.1 206 Partial Content', ['Content-Range: bytes 0-9/10']) },
  'range-not-satisfiable-without-range': { fires: req('GET /f HTTP/1.1') + res('HTTP/1.1 416 Range Not Satisfiable', ['Content-Range: bytes */10']), quiet: req('GET /f HTTP/1.1', ['Range: bytes=20-']) + res('HTTP/1.1 416 Range Not Satisfiable', ['Content-Range: bytes */10']) },
  'precondition-failed-without-precondition': { fires: req('PUT /a HTTP/1.1') + res('HTTP/1.1 412 Precondition Failed'), quiet: req('PUT /a HTTP/1.1', ['If-Match: "v1"']) + res('HTTP/1.1 412 Precondition Failed') },
  'not-modified-without-validator': { fires: req('GET /a HTTP/1.1') + res('HTTP/1.1 304 Not Modified', ['ETag: "a"']), quiet: req('GET /a HTTP/1.1', ['If-None-Match: "a"']) + res('HTTP/1.1 304 Not Modified', ['ETag: "a"']) },
  'allow-lists-request-method': { fires: req('POST /a HTTP/1.1') + res('HTTP/1.1 405 Method Not Allowed', ['Allow: GET, POST']), quiet: req('POST /a HTTP/1.1') + res('HTTP/1.1 405 Method Not Allowed', ['Allow: GET, HEAD']) },
  'continue-without-expect': { fires: req('POST /a HTTP/1.1') + res('HTTP/1.1 100 Continue', ['-date']), quiet: req('POST /a HTTP/1.1', ['Expect: 100-continue']) + res('HTTP/1.1 100 Continue', ['-date']) },
  'switching-protocols-unrequested': { fires: req('GET /chat HTTP/1.1') + res('HTTP/1.1 101 Switching Protocols', ['-date', 'Upgrade: websocket', 'Connection: upgrade']), quiet: req('GET /chat HTTP/1.1', ['Upgrade: websocket', 'Connection: upgrade']) + res('HTTP/1.1 101 Switching Protocols', ['-date', 'Upgrade: websocket', 'Connection: upgrade']) },
  'strict-transport-security-over-http': {
    fires: JSON.stringify({ log: { entries: [{ request: { method: 'GET', url: 'http://example.com/', headers: [] }, response: { status: 202, statusText: 'Accepted', headers: [{ name: 'Date', value: 'Tue, 10 Jun 2025 09:00:00 GMT' }, { name: 'Strict-Transport-Security', value: 'max-age=600' }], content: { size: 0 } } }] } }),
    quiet: JSON.stringify({ log: { entries: [{ request: { method: 'GET', url: 'https://example.com/', headers: [] }, response: { status: 202, statusText: 'Accepted', headers: [{ name: 'Date', value: 'Tue, 10 Jun 2025 09:00:00 GMT' }, { name: 'Strict-Transport-Security', value: 'max-age=600' }], content: { size: 0 } } }] } }),
  },
  'retry-after-invalid': { fires: res('HTTP/1.1 503 Service Unavailable', ['Retry-After: soon']), quiet: res('HTTP/1.1 503 Service Unavailable', ['Retry-After: Tue, 10 Jun 2025 09:05:00 GMT']) },
  'retry-after-missing': { fires: res('HTTP/1.1 429 Too Many Requests'), quiet: res('HTTP/1.1 429 Too Many Requests', ['Retry-After: 30']) },
  'retry-after-meaningless': { fires: res('HTTP/1.1 400 Bad Request', ['Retry-After: 30']), quiet: res('HTTP/1.1 413 Content Too Large', ['Retry-After: 30']) },
  'set-cookie-shared-cache': { fires: res('HTTP/1.1 200 OK', ['Cache-Control: max-age=600', 'Set-Cookie: id=1']), quiet: res('HTTP/1.1 200 OK', ['Cache-Control: private, max-age=600', 'Set-Cookie: id=1']) },
  'vary-star': { fires: res('HTTP/1.1 200 OK', ['Cache-Control: max-age=60', 'Vary: *']), quiet: res('HTTP/1.1 200 OK', ['Cache-Control: max-age=60', 'Vary: Accept-Encoding']) },
  'vary-wide': { fires: res('HTTP/1.1 200 OK', ['Cache-Control: max-age=60', 'Vary: User-Agent']), quiet: res('HTTP/1.1 200 OK', ['Cache-Control: no-store', 'Vary: User-Agent']) },
  'vary-invalid': { fires: res('HTTP/1.1 202 Accepted', ['Vary: Accept Encoding']), quiet: res('HTTP/1.1 202 Accepted', ['Vary: Accept-Encoding']) },
  'cache-control-invalid': { fires: res('HTTP/1.1 200 OK', ['Cache-Control: max-age=ten']), quiet: res('HTTP/1.1 200 OK', ['Cache-Control: max-age=10']) },
  'date-missing': { fires: res('HTTP/1.1 202 Accepted', ['-date']), quiet: res('HTTP/1.1 202 Accepted') },
  'http-date-invalid': { fires: res('HTTP/1.1 202 Accepted', ['Date: yesterday']), quiet: res('HTTP/1.1 202 Accepted') },
  'http-date-obsolete': { fires: res('HTTP/1.1 202 Accepted', ['Date: Sunday, 06-Nov-94 08:49:37 GMT']), quiet: res('HTTP/1.1 202 Accepted', ['Date: Sun, 06 Nov 1994 08:49:37 GMT']) },
  'field-name-invalid': { fires: res('HTTP/1.1 202 Accepted', ['Content Type: text/plain']), quiet: res('HTTP/1.1 202 Accepted', ['Content-Type: text/plain']) },
  'field-value-invalid': { fires: res('HTTP/1.1 202 Accepted', ['X-Note: a\u0001b']), quiet: res('HTTP/1.1 202 Accepted', ['X-Note: a\tb']) },
  'obsolete-line-folding': { fires: res('HTTP/1.1 202 Accepted', ['X-Note: first', '  second']), quiet: res('HTTP/1.1 202 Accepted', ['X-Note: first second']) },
  'not-a-field-line': { fires: res('HTTP/1.1 202 Accepted', ['this is not a field']), quiet: res('HTTP/1.1 202 Accepted', ['X-Note: this is a field']) },
  'duplicate-field': { fires: res('HTTP/1.1 202 Accepted', ['Content-Type: text/plain', 'Content-Type: text/html']), quiet: res('HTTP/1.1 202 Accepted', ['Content-Type: text/plain']) },
  'allow-invalid': { fires: res('HTTP/1.1 405 Method Not Allowed', ['Allow: GET; HEAD']), quiet: res('HTTP/1.1 405 Method Not Allowed', ['Allow: GET, HEAD']) },
  'challenge-invalid': { fires: res('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: realm="api"']), quiet: res('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Basic realm="api"']) },
  'upgrade-without-connection': { fires: res('HTTP/1.1 426 Upgrade Required', ['Upgrade: h2c']), quiet: res('HTTP/1.1 426 Upgrade Required', ['Upgrade: h2c', 'Connection: upgrade']) },
  'connection-field-in-http2': { fires: res('HTTP/2 202', ['connection: keep-alive']), quiet: res('HTTP/1.1 202 Accepted', ['Connection: keep-alive']) },
}

describe('checker rules', () => {
  it('has a case below for every rule, and at least 30 rules', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((rule) => rule.id).sort())
    expect(RULES.length).toBeGreaterThanOrEqual(30)
  })

  it('gives every rule an id, a severity, a title and a source link', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(['error', 'warning', 'info']).toContain(rule.severity)
      expect(rule.title).toMatch(/\S/)
      expect(rule.source.url).toMatch(/^https:\/\//)
    }
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length)
  })

  for (const [id, { fires, quiet }] of Object.entries(CASES)) {
    it(`${id}: fires on the faulty response and stays quiet on the compliant one`, () => {
      const hits = findings(fires).filter((f) => f.rule === id)
      expect(hits.length, `findings: ${rulesOf(fires).join(', ')}`).toBeGreaterThan(0)
      for (const hit of hits) {
        expect(hit.message).toMatch(/\S/)
        expect(hit.source.url).toMatch(/^https:\/\//)
      }
      expect(rulesOf(quiet)).not.toContain(id)
    })
  }
})

describe('content-length-mismatch and line endings', () => {
  it('counts a final line ending as content or not, as Content-Length says (nginx ends its pages with CRLF)', () => {
    const page = '<html>\r\n<body>moved</body>\r\n</html>\r\n'
    const crlf = (length: number) => `HTTP/1.1 301 Moved Permanently\r\nLocation: /a\r\nContent-Type: text/html\r\nContent-Length: ${length}\r\n${DATE}\r\n\r\n${page}`
    expect(rulesOf(crlf(page.length))).not.toContain('content-length-mismatch')
    expect(rulesOf(crlf(page.length - 2))).not.toContain('content-length-mismatch')
    expect(rulesOf(crlf(page.length - 3))).toContain('content-length-mismatch')
    expect(rulesOf(crlf(page.length + 1))).toContain('content-length-mismatch')
  })
})

describe('per-code rules follow the catalogue', () => {
  it('a catalogue edit changes the checker: a requirement removed stops the finding', () => {
    const edited = structuredClone(data)
    edited.codes['405']!.headers = edited.codes['405']!.headers.filter((h) => h.name !== 'Allow')
    const text = res('HTTP/1.1 405 Method Not Allowed')
    expect(rulesOf(text)).toContain('required-field')
    const report = checkInput(text, edited)
    expect(report.ok && report.responses[0]!.findings.map((f) => f.rule)).not.toContain('required-field')
  })

  it('flags every gap httplint leaves: 401, 405, 407 and 426 without their fields, content on 204 and 205', () => {
    const must = (statusLine: string, field: string) => findings(res(statusLine)).some((f) => f.rule === 'required-field' && f.field === field)
    expect(must('HTTP/1.1 401 Unauthorized', 'WWW-Authenticate')).toBe(true)
    expect(must('HTTP/1.1 405 Method Not Allowed', 'Allow')).toBe(true)
    expect(must('HTTP/1.1 407 Proxy Authentication Required', 'Proxy-Authenticate')).toBe(true)
    expect(must('HTTP/1.1 426 Upgrade Required', 'Upgrade')).toBe(true)
    for (const line of ['HTTP/1.1 204 No Content', 'HTTP/1.1 205 Reset Content']) expect(rulesOf(res(line, [], 'x'))).toContain('content-not-allowed')
  })

  it('knows every code RFC 9110 §15.1 makes cacheable by default, beyond httplint\'s list', () => {
    const byDefault = Object.entries(data.codes).filter(([, code]) => code.cacheable === 'by-default').map(([code]) => Number(code))
    expect(byDefault).toEqual(expect.arrayContaining([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]))
    expect(rulesOf(res('HTTP/1.1 308 Permanent Redirect', ['Location: /b']))).toContain('heuristically-cacheable')
  })

  it('links each finding to the code\'s page and says which field it concerns', () => {
    const [finding] = findings(res('HTTP/1.1 401 Unauthorized')).filter((f) => f.rule === 'required-field')
    expect(finding).toMatchObject({ severity: 'error', field: 'WWW-Authenticate', codePage: '/401', source: { label: 'RFC 9110 §11.6.1' } })
  })
})
