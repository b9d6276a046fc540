import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkInput } from '../../kernel/checker/check.ts'
import { parseInput, MAX_INPUT_CHARS } from '../../kernel/checker/parse.ts'
import type { ParsedInput } from '../../kernel/checker/message.ts'
import { loadCatalogue } from '../../scripts/catalogue/load.ts'
import { checkerData } from '../../scripts/render/checker-data.ts'
import { CATALOGUE_FILE } from '../../scripts/site.ts'

const data = checkerData(loadCatalogue(CATALOGUE_FILE))

function parsed(text: string): ParsedInput {
  const result = parseInput(text)
  if (!result.ok) throw new Error(result.error)
  return result.input
}
const statuses = (input: ParsedInput) => input.exchanges.map((e) => e.responses.map((r) => r.status))

describe('input forms', () => {
  it('reads a raw response with CRLF line ends, its fields and its content', () => {
    const input = parsed('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\nhéllo')
    expect(input.kind).toBe('http')
    const [response] = input.exchanges[0]!.responses
    expect(response).toMatchObject({ status: 200, reason: 'OK', version: 'HTTP/1.1', body: 'héllo', bodyBytes: 6 })
    expect(response!.fields.map((f) => [f.name, f.value])).toEqual([['Content-Type', 'text/plain'], ['Content-Length', '6']])
  })

  it('reads LF line ends the same way', () => {
    const input = parsed('HTTP/1.1 404 Not Found\nContent-Type: text/html\n\n<p>gone</p>\n')
    expect(input.exchanges[0]!.responses[0]).toMatchObject({ status: 404, body: '<p>gone</p>' })
  })

  it('takes headers without content as a normal response', () => {
    const input = parsed('HTTP/1.1 304 Not Modified\nETag: "x"\n')
    expect(input.exchanges[0]!.responses[0]).toMatchObject({ status: 304, body: undefined, bodyBytes: 0 })
  })

  it('pairs a request with the response after it', () => {
    const input = parsed('PUT /doc HTTP/1.1\nHost: example.com\nIf-Match: "v1"\n\n{"a":1}\n\nHTTP/1.1 412 Precondition Failed\nContent-Length: 0\n')
    const [exchange] = input.exchanges
    expect(exchange!.request).toMatchObject({ method: 'PUT', target: '/doc', body: '{"a":1}' })
    expect(statuses(input)).toEqual([[412]])
  })

  it('reads curl -i output: HTTP/2 status lines without a reason, lowercase names', () => {
    const input = parsed('HTTP/2 200 \ncontent-type: text/html\ncache-control: max-age=60\n\n<!doctype html>')
    expect(input.exchanges[0]!.responses[0]).toMatchObject({ status: 200, version: 'HTTP/2', reason: '' })
  })

  it('reads several responses in a row: an interim 100 with its final response, then redirects followed with -L', () => {
    const text = [
      'HTTP/1.1 100 Continue',
      '',
      'HTTP/1.1 301 Moved Permanently',
      'Location: https://example.com/b',
      'Content-Length: 0',
      '',
      'HTTP/2 302 ',
      'location: /c',
      '',
      'HTTP/2 200 ',
      'content-type: text/plain',
      '',
      'done',
    ].join('\r\n')
    const input = parsed(text)
    expect(statuses(input)).toEqual([[100, 301], [302], [200]])
    expect(input.exchanges.at(-1)!.responses[0]!.body).toBe('done')
  })

  it('reads curl -v output, ignoring its own notes and data markers', () => {
    const text = [
      '*   Trying 127.0.0.1:8080...',
      '* Connected to localhost (127.0.0.1) port 8080',
      '> GET /missing HTTP/1.1',
      '> Host: localhost:8080',
      '> User-Agent: curl/8.5.0',
      '> Accept: */*',
      '> ',
      '< HTTP/1.1 404 Not Found',
      '< Content-Type: text/plain',
      '< Content-Length: 9',
      '< ',
      '{ [9 bytes data]',
      'not found',
      '* Connection #0 to host localhost left intact',
    ].join('\n')
    const input = parsed(text)
    expect(input.kind).toBe('curl-verbose')
    expect(input.exchanges[0]!.request).toMatchObject({ method: 'GET', target: '/missing' })
    expect(input.exchanges[0]!.responses[0]).toMatchObject({ status: 404, body: 'not found', bodyBytes: 9 })
  })

  it('reads header blocks copied from developer tools, with the status from the summary or :status', () => {
    const chrome = parsed('Request URL: https://example.com/api\nRequest Method: GET\nStatus Code: 401 Unauthorized\nRemote Address: 93.184.216.34:443\n\ncontent-type: application/json\ndate: Tue, 10 Jun 2025 09:00:00 GMT\n')
    expect(chrome.kind).toBe('headers')
    const [response] = chrome.exchanges[0]!.responses
    expect(response).toMatchObject({ status: 401, reason: 'Unauthorized' })
    expect(response!.fields.map((f) => f.name)).toEqual(['content-type', 'date'])
    const http2 = parsed(':status: 503\nretry-after: 60\n')
    expect(http2.exchanges[0]!.responses[0]).toMatchObject({ status: 503 })
  })

  it('reads a HAR file, every entry, skipping requests that never completed', () => {
    const har = {
      log: {
        entries: [
          { request: { method: 'GET', url: 'https://example.com/a?x=1', httpVersion: 'h2', headers: [{ name: 'accept', value: '*/*' }] }, response: { status: 200, statusText: '', httpVersion: 'h2', headers: [{ name: 'content-type', value: 'text/html' }, { name: ':status', value: '200' }], bodySize: 5, content: { size: 5, text: 'hello' } } },
          { request: { method: 'GET', url: 'https://example.com/blocked', headers: [] }, response: { status: 0, headers: [] } },
          { request: { method: 'GET', url: 'https://example.com/b', headers: [] }, response: { status: 304, statusText: 'Not Modified', headers: [], bodySize: 0, content: { size: 1200, text: 'cached copy' } } },
        ],
      },
    }
    const input = parsed(JSON.stringify(har))
    expect(input.kind).toBe('har')
    expect(statuses(input)).toEqual([[200], [304]])
    expect(input.exchanges[0]!.request).toMatchObject({ method: 'GET', target: '/a?x=1', url: 'https://example.com/a?x=1', version: 'HTTP/2' })
    expect(input.exchanges[0]!.responses[0]!.fields.map((f) => f.name)).toEqual(['content-type'])
    // The 304's content.text is the browser's cached copy, not something that was sent.
    expect(input.exchanges[1]!.responses[0]).toMatchObject({ body: undefined, bodyBytes: 0 })
  })

  it('skips a shell prompt or curl command before the first message', () => {
    const input = parsed('$ curl -I https://example.com/\nHTTP/2 200\ncontent-type: text/html\n')
    expect(statuses(input)).toEqual([[200]])
  })
})

describe('input that is not an HTTP response', () => {
  for (const [what, text, says] of [
    ['empty text', '   \n ', /Expected an HTTP response/],
    ['prose', 'hello, is this thing on?', /Expected an HTTP response/],
    ['a request alone', 'GET / HTTP/1.1\nHost: a\n', /request with no response/],
    ['JSON that is not a HAR file', '{"a": 1}', /not a HAR file/],
    ['broken JSON', '{"log": ', /does not parse/],
    ['a HAR file with nothing completed', '{"log":{"entries":[{"response":{"status":0}}]}}', /no completed responses/],
  ] as const) {
    it(`gets one clear message for ${what}`, () => {
      const result = parseInput(text)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error).toMatch(says)
    })
  }

  it('refuses input past the size limit at once, saying how large it is', () => {
    const result = parseInput('x'.repeat(MAX_INPUT_CHARS + 1))
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The input is 20\.0 MB; the checker reads at most 20 MB/) })
  })
})

const lineParts = fc.oneof(
  fc.constantFrom('HTTP/1.1 200 OK', 'HTTP/2 404', 'GET / HTTP/1.1', '', ':status: 500', '< HTTP/1.1 301 Moved', '> GET /a HTTP/1.1', '* note', 'Status Code: 200', '{', '  folded'),
  fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40 })).map(([name, value]) => `${name}: ${value}`),
  fc.string({ maxLength: 60 }),
  fc.string({ maxLength: 60, unit: 'binary' }),
)
const messageLike = fc.array(lineParts, { maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((end) => lines.join(end)))

describe('arbitrary and hostile input', () => {
  it('never throws, and always returns either findings or one message', () => {
    fc.assert(
      fc.property(fc.oneof(messageLike, fc.string({ maxLength: 2000, unit: 'binary' }), fc.json()), (text) => {
        const report = checkInput(text, data)
        if (report.ok) expect(report.responses.length).toBeGreaterThan(0)
        else expect(report.error).toMatch(/\S/)
      }),
      { numRuns: 600 },
    )
  })

  it('keeps text from the input as text in findings (the page adds it as text, never as HTML)', () => {
    const report = checkInput('HTTP/1.1 303 See Other\nLocation: <img src=x onerror=alert(1)>\n', data)
    expect(report.ok).toBe(true)
    const finding = report.ok ? report.responses[0]!.findings.find((f) => f.rule === 'location-invalid') : undefined
    expect(finding?.message).toContain('<img src=x onerror=alert(1)>')
  })

  it('reads large inputs whole: a 5 MB body and a thousand responses', () => {
    const big = parsed(`HTTP/1.1 200 OK\nContent-Type: text/plain\n\n${'a'.repeat(5 * 1024 * 1024)}`)
    expect(big.exchanges[0]!.responses[0]!.bodyBytes).toBe(5 * 1024 * 1024)
    const many = parsed(Array.from({ length: 1000 }, (_, i) => `HTTP/1.1 ${200 + (i % 5)} X\nX-N: ${i}\n`).join('\n'))
    expect(many.exchanges.length).toBe(1000)
  })
})
