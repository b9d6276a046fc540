import type { EntryInput } from '../../scripts/catalogue/schema.ts'

/** A small, valid entry to vary in tests; `code` also fixes the status line and links. */
export function entry(code: number, overrides: Partial<EntryInput> = {}): EntryInput {
  const other = code === 400 ? 422 : 400
  return {
    code,
    name: `Name of ${code}`,
    aliases: [],
    lifecycle: 'standard',
    summary: `What ${code} means in one line.`,
    keywords: ['keyword'],
    meaning: 'The meaning.',
    whenToUse: 'When to use it.',
    example: '`GET /things/1` gets this answer.',
    whenNotToUse: `Not for other cases: use [${other}](/${other}).`,
    sources: [{ type: 'rfc', rfc: 9110, section: '15.5.1' }],
    exchange: { request: 'GET /things/1 HTTP/1.1\nHost: example.com', response: `HTTP/1.1 ${code} Name\nContent-Type: text/plain\n\nbody` },
    headers: [],
    facts: { cacheable: 'explicit-only', body: 'allowed', retry: 'Not automatically.', sources: [{ type: 'rfc', rfc: 9110, section: '15.1' }] },
    related: [],
    ...overrides,
  }
}

export function catalogueOf(...entries: unknown[]): { codes: unknown[] } {
  return { codes: entries }
}

/** A valid two-entry catalogue: 400 and 422 link to each other. */
export function pair(): { codes: EntryInput[] } {
  return { codes: [entry(400), entry(422)] }
}
