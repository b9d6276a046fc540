import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../scripts/catalogue/load.ts'
import { validateComparisons } from '../../scripts/comparisons/load.ts'
import { generate } from '../../scripts/generator.ts'
import { renderComparisonPages } from '../../scripts/render/comparison-pages.ts'
import { CATALOGUE_FILE, COMPARISONS_FILE, GUIDE_FILE } from '../../scripts/site.ts'
import { loadComparisons } from '../../scripts/comparisons/load.ts'
import { loadGuide } from '../../scripts/guide/load.ts'

const catalogue = loadCatalogue(CATALOGUE_FILE)
const codes = new Set(catalogue.codes.map((entry) => entry.code))
const guide = loadGuide(GUIDE_FILE, codes)
const guideIds = new Set(guide.questions.map((question) => question.id))

const rfc = (section: string) => ({ type: 'rfc' as const, rfc: 9110, section })
function comparison(overrides: Record<string, unknown> = {}) {
  return {
    codes: [401, 403],
    question: 'Would logging in help?',
    answer: 'Send 401 when credentials would change the answer, 403 when they would not.',
    sides: [
      { code: 401, sendWhen: 'No or bad credentials.', example: 'A `GET` without a token.' },
      { code: 403, sendWhen: 'Known caller, no right.', example: 'A reader deleting a post.' },
    ],
    mistakes: ['Sending 401 without `WWW-Authenticate`.'],
    clients: 'Browsers prompt for credentials on 401 only.',
    sources: [rfc('15.5.2'), rfc('15.5.4')],
    ...overrides,
  }
}
const problems = (list: unknown[], known = { codes, guideIds }) => {
  const result = validateComparisons({ comparisons: list }, known)
  return result.ok ? [] : result.problems
}

describe('comparison validation', () => {
  it('accepts the comparisons the site ships and a minimal valid one', () => {
    expect(() => loadComparisons(COMPARISONS_FILE, { codes, guideIds })).not.toThrow()
    expect(problems([comparison()])).toEqual([])
  })

  it('lists every problem, each with its path', () => {
    const found = problems([
      comparison({ codes: [403, 401], sides: [{ code: 403, sendWhen: 'x', example: 'y' }, { code: 401, sendWhen: 'x', example: 'y' }] }),
      comparison({ codes: [299, 401], sides: [{ code: 299, sendWhen: 'x', example: 'y' }, { code: 401, sendWhen: 'x', example: 'y' }] }),
      comparison(),
      comparison(),
      comparison({ codes: [404, 410], sides: [{ code: 410, sendWhen: 'x', example: 'y' }] }),
      comparison({ codes: [500, 502], sides: [{ code: 500, sendWhen: 'x', example: 'y' }, { code: 502, sendWhen: 'x', example: 'y' }], answer: 'Never [777](/777).', guide: 'no-such-question' }),
    ])
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^comparisons\[0\]\.codes: list the codes once each, in ascending order \(401, 403\), so the page's address is \/401-vs-403$/),
        expect.stringMatching(/^comparisons\[1\]\.codes\[0\]: 299 is not in the catalogue/),
        'comparisons[2].codes: /401-vs-403 is already compared by comparisons[0]; merge the two',
        'comparisons[3].codes: /401-vs-403 is already compared by comparisons[0]; merge the two',
        'comparisons[4].sides: give one side per code (2), found 1',
        expect.stringMatching(/^comparisons\[4\]\.sides\[0\]\.code: expected 404/),
        expect.stringMatching(/^comparisons\[5\]\.answer: 777 is not in the catalogue/),
        'comparisons[5].guide: "no-such-question" is not the id of a question in the guide (data/guide.json)',
      ]),
    )
  })

  it('rejects schema problems: one code, a question without a question mark, no source', () => {
    const found = problems([comparison({ codes: [401], question: 'Would logging in help', sources: [] })])
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^comparisons\[0\]\.codes: compare at least two codes/),
        expect.stringMatching(/^comparisons\[0\]\.question: a question ends with a question mark/),
        expect.stringMatching(/^comparisons\[0\]\.sources: cite at least one source/),
      ]),
    )
  })

  it('a comparison may not point to the guide when no guide is built', () => {
    expect(problems([comparison({ guide: 'logged-in' })], { codes, guideIds: undefined as never })).toEqual(['comparisons[0].guide: "logged-in" names a guide question, but no guide is being built'])
  })
})

describe('comparison pages', () => {
  const comparisons = loadComparisons(COMPARISONS_FILE, { codes, guideIds })
  const pages = renderComparisonPages(comparisons, catalogue, guide)

  it('writes one page per comparison at /<a>-vs-<b>, and the /compare index', () => {
    expect([...pages.keys()].sort()).toEqual([...comparisons.comparisons.map((c) => `${c.codes.join('-vs-')}.md`), 'compare.md'].sort())
  })

  it('shows text from the data literally: markup in it is escaped, never run or rendered', () => {
    const hostile = { comparisons: [comparison({ question: '<script>alert(1)</script> {{ 1 + 1 }}?', mistakes: ['<img src=x onerror=alert(1)> {{ x }}'] })] }
    const checked = validateComparisons(hostile, { codes, guideIds })
    expect(checked.ok).toBe(true)
    const file = renderComparisonPages(checked.ok ? checked.comparisons : comparisons, catalogue, guide).get('401-vs-403.md')!
    // the body; the frontmatter's description is a YAML string that VitePress escapes into <meta>
    const page = file.slice(file.indexOf('\n---\n', 4))
    expect(page).not.toContain('<script>alert')
    expect(page).not.toContain('<img src=x')
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    // Vue would evaluate {{ }} outside a v-pre element
    for (const line of page.split('\n').filter((l) => l.includes('{{'))) expect(line).toMatch(/v-pre/)
  })
})

describe('npm run generate with comparisons', () => {
  it('stops on invalid comparisons, naming each problem, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'httpcodes-cmp-'))
    const file = join(dir, 'comparisons.json')
    writeFileSync(file, JSON.stringify({ comparisons: [comparison({ codes: [401, 299], sides: [{ code: 401, sendWhen: 'x', example: 'y' }, { code: 299, sendWhen: 'x', example: 'y' }] })] }))
    const result = await generate({ catalogueFile: CATALOGUE_FILE, guideFile: GUIDE_FILE, comparisonsFile: file, docsDir: join(dir, 'docs'), siteUrl: 'https://example.org' })
    expect(result.ok).toBe(false)
    expect(result.messages.join('\n')).toMatch(/comparisons\[0\]\.codes\[1\]: 299 is not in the catalogue/)
    expect(result.messages).toContain('Nothing was written.')
  })
})
