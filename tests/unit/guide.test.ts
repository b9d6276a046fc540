import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../scripts/catalogue/load.ts'
import { codeRoutes, loadGuide, trails, validateGuide } from '../../scripts/guide/load.ts'
import { renderGuidePages } from '../../scripts/render/guide-pages.ts'
import { CATALOGUE_FILE, GUIDE_FILE } from '../../scripts/site.ts'

const catalogue = loadCatalogue(CATALOGUE_FILE)
const codes = new Set(catalogue.codes.map((entry) => entry.code))
const guide = loadGuide(GUIDE_FILE, codes)
const byCode = new Map(catalogue.codes.map((entry) => [entry.code, entry]))

const rfc = (section: string) => ({ type: 'rfc' as const, rfc: 9110, section })
/** A valid two-question guide to vary. */
function small() {
  return {
    start: 'first',
    questions: [
      { id: 'first', question: 'Is it here?', help: 'Look it up.', answers: [{ label: 'Yes', next: 'second' }, { label: 'No', code: 404, reason: 'Nothing is there.', source: rfc('15.5.5') }] },
      { id: 'second', question: 'Is it yours?', help: 'Check the owner.', answers: [{ label: 'Yes', code: 200, reason: 'Send it.', source: rfc('15.3.1') }, { label: 'No', code: 403, reason: 'Refuse.', source: rfc('15.5.4') }] },
    ],
  }
}
const problems = (data: unknown) => {
  const result = validateGuide(data, codes)
  return result.ok ? [] : result.problems
}

describe('guide validation', () => {
  it('accepts a valid guide', () => {
    expect(problems(small())).toEqual([])
  })

  it('rejects a duplicate id, naming both questions', () => {
    const g = small()
    g.questions[1]!.id = 'first'
    expect(problems(g)).toContain('questions[1].id: "first" is already used by questions[0]; give each question its own id')
  })

  it('rejects an answer that points at a missing question', () => {
    const g = small()
    g.questions[0]!.answers[0]!.next = 'nowhere'
    expect(problems(g)).toContain('questions[0].answers[0].next: "nowhere" is not the id of a question')
  })

  it('rejects an answer that ends at a code the catalogue does not have', () => {
    const g = small()
    g.questions[1]!.answers[0]!.code = 299
    expect(problems(g)).toContain('questions[1].answers[0].code: 299 is not in the catalogue (data/status-codes.json); add it there or choose another code')
  })

  it('rejects a code answer without its reason or source', () => {
    const g = small() as { questions: { answers: Record<string, unknown>[] }[] }
    delete g.questions[1]!.answers[1]!.source
    expect(problems(g)).toContain('questions[1].answers[1]: an answer that ends at 403 needs a one-line "reason" and the "source" that backs it')
  })

  it('rejects an answer with both or neither of next and code', () => {
    const g = small() as { questions: { answers: Record<string, unknown>[] }[] }
    g.questions[0]!.answers[1]!.next = 'second'
    delete g.questions[1]!.answers[0]!.code
    expect(problems(g)).toEqual(expect.arrayContaining([expect.stringMatching(/^questions\[0\]\.answers\[1\]: give either "next".*not both$/), expect.stringMatching(/^questions\[1\]\.answers\[0\]: give either "next".*not neither$/)]))
  })

  it('rejects a question no chain of answers reaches', () => {
    const g = small()
    g.questions[0]!.answers[0] = { label: 'Yes', code: 200, reason: 'Fine.', source: rfc('15.3.1') } as never
    expect(problems(g)).toContain('questions[1].id: "second" is not reached from the start: no chain of answers from "first" leads to it')
  })

  it('rejects a loop, showing it', () => {
    const g = small()
    g.questions.push({ id: 'third', question: 'And then?', help: 'Again.', answers: [{ label: 'Back', next: 'fourth' }, { label: 'Stop', code: 200, reason: 'Done.', source: rfc('15.3.1') }] })
    g.questions.push({ id: 'fourth', question: 'Round?', help: 'Round.', answers: [{ label: 'Again', next: 'third' }, { label: 'Stop', code: 200, reason: 'Done.', source: rfc('15.3.1') }] })
    g.questions[1]!.answers[1] = { label: 'More', next: 'third' } as never
    expect(problems(g)).toEqual(expect.arrayContaining([expect.stringMatching(/the answers loop back to "third": third → fourth → third/)]))
  })

  it('rejects a question reached from two answers (its breadcrumbs would be ambiguous)', () => {
    const g = small()
    g.questions[0]!.answers[1] = { label: 'No', next: 'second' } as never
    expect(problems(g)).toContain('questions[1].id: "second" is reached from questions[0].answers[0] and questions[0].answers[1]; give each question one way in, so its breadcrumbs are the answers that led there')
  })

  it('reports schema problems with their path', () => {
    const g = small() as { questions: Record<string, unknown>[] }
    g.questions[0]!.question = 'No question mark'
    expect(problems(g)).toEqual([expect.stringMatching(/^questions\[0\]\.question: a question ends with a question mark/)])
  })
})

describe('the guide', () => {
  const routes = codeRoutes(guide)
  const reached = [...routes.keys()]
  const registered = reached.filter((code) => byCode.get(code)!.lifecycle !== 'unofficial')

  it('reaches at least 45 distinct registered codes, with those the decision diagram leaves out and the proxy side', () => {
    expect(new Set(registered).size).toBeGreaterThanOrEqual(45)
    expect(reached).toEqual(expect.arrayContaining([301, 302, 402, 408, 411, 416, 422, 429, 502, 504, 511]))
    expect(reached.every((code) => byCode.get(code)!.lifecycle !== 'unofficial')).toBe(true)
  })

  it('reaches every code in at most 8 answers', () => {
    const depth = Math.max(...[...routes.values()].flat().map((steps) => steps.length))
    expect(depth).toBeLessThanOrEqual(8)
  })

  it('names the codes nobody should send where someone might reach for them, with what to send instead', () => {
    const avoided = guide.questions.flatMap((question) => question.avoid.map((avoid) => avoid.code))
    expect(avoided).toEqual(expect.arrayContaining([102, 305, 306, 418]))
    expect(reached.filter((code) => [102, 305, 306, 418].includes(code))).toEqual([])
  })

  it('says where two codes are both defensible, and what decides: 400 against 422', () => {
    const answer = guide.questions.flatMap((question) => question.answers).find((a) => a.code === 422)
    expect(answer?.alternative).toMatchObject({ code: 400, when: expect.stringMatching(/\S/) })
  })

  it('backs every code answer with a section the catalogue cites for that code', () => {
    for (const question of guide.questions) {
      for (const answer of question.answers.filter((a) => a.code !== undefined)) {
        const entry = byCode.get(answer.code!)!
        const cited = [...entry.sources, ...entry.facts.sources, ...entry.headers.map((h) => h.source)]
        expect(cited, `${question.id}: ${answer.label}`).toContainEqual(answer.source)
      }
    }
  })

  it('gives every question the answers that led to it from the start', () => {
    const steps = trails(guide)
    expect(steps.get(guide.start)).toEqual([])
    for (const question of guide.questions) expect(steps.has(question.id), question.id).toBe(true)
  })

  it('renders one page per question, the first at /guide, every answer a plain link', () => {
    const pages = renderGuidePages(guide, catalogue)
    expect([...pages.keys()].sort()).toEqual(guide.questions.map((q) => (q.id === guide.start ? 'guide.md' : `guide/${q.id}.md`)).sort())
    for (const [, page] of pages) {
      const answers = [...page.matchAll(/<li class="guide-answer"><a [^>]*href="([^"]+)"/g)].map((m) => m[1])
      expect(answers.length).toBeGreaterThanOrEqual(2)
      for (const href of answers) expect(href).toMatch(/^\/(guide(\/[a-z0-9-]+)?|\d{3})$/)
    }
  })
})
