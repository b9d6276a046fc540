import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** `npm run check` as package.json runs it, without npm's own start-up. */
function check(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const CLEAN = 'HTTP/1.1 202 Accepted\nDate: Tue, 10 Jun 2025 09:00:00 GMT\nContent-Length: 0\n'
const BROKEN = 'HTTP/1.1 401 Unauthorized\nDate: Tue, 10 Jun 2025 09:00:00 GMT\nContent-Type: application/json\n\n{}'

describe('npm run check', () => {
  it('exits 0 when no finding is an error, and says so', () => {
    const run = check([], CLEAN)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('202 Accepted')
    expect(run.stdout).toMatch(/1 response: 0 errors/)
  })

  it('exits 1 when a finding is an error, naming the rule, the fix and the section', () => {
    const run = check(['-'], BROKEN)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('error   required-field: A 401 Unauthorized must carry WWW-Authenticate: add it.')
    expect(run.stdout).toContain('RFC 9110 §11.6.1 https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1')
  })

  it('exits 2, with one line and no stack trace, when the input holds no HTTP response', () => {
    const run = check([], 'just some text\n')
    expect(run.status).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^Expected an HTTP response/)
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/)
  })

  it('--json prints one object with a findings array: rule, severity, message, field and source', () => {
    const run = check(['--json'], BROKEN)
    expect(run.status).toBe(1)
    const out = JSON.parse(run.stdout) as { findings: Record<string, unknown>[] }
    expect(out.findings).toContainEqual(
      expect.objectContaining({ rule: 'required-field', severity: 'error', message: expect.stringMatching(/WWW-Authenticate/), field: 'WWW-Authenticate', source: { label: 'RFC 9110 §11.6.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1' } }),
    )
    const none = check(['--json'], 'nothing here')
    expect(none.status).toBe(2)
    expect(JSON.parse(none.stdout)).toEqual({ error: expect.stringMatching(/^Expected/), findings: [] })
  })

  it('reads a file, and says plainly when it cannot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'httpcodes-check-'))
    writeFileSync(join(dir, 'r.txt'), CLEAN)
    expect(check([join(dir, 'r.txt')]).status).toBe(0)
    const missing = check([join(dir, 'nope.txt')])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/^Cannot read .*nope\.txt: no such file/)
  })

  it('handles a 5 MB input without crashing', () => {
    const run = check(['--json'], `HTTP/1.1 200 OK\nContent-Type: text/plain\nDate: Tue, 10 Jun 2025 09:00:00 GMT\nCache-Control: no-store\n\n${'x'.repeat(5 * 1024 * 1024)}`)
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).responses).toBe(1)
  })
})
