import { CatalogueError, formatIssue, readJsonFile } from '../catalogue/load.ts'
import { linkedCodes } from '../catalogue/prose.ts'
import { guideSchema, type Answer, type Guide, type Question } from './schema.ts'

export type GuideValidation = { ok: true; guide: Guide } | { ok: false; problems: string[] }

/** Where an answer sits, for messages: `questions[3].answers[1]`. */
const at = (q: number, a?: number, field?: string) => `questions[${q}]${a === undefined ? '' : `.answers[${a}]`}${field ? `.${field}` : ''}`

/**
 * Validates the guide against its schema and against the catalogue, collecting every problem:
 * duplicate ids, answers that lead nowhere or to a code the catalogue lacks, a code answer without
 * its reason or source, a question reached twice, a loop, a question the start never reaches.
 */
export function validateGuide(data: unknown, knownCodes: ReadonlySet<number>): GuideValidation {
  const parsed = guideSchema.safeParse(data, { reportInput: true })
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => formatIssue(issue)) }
  const guide = parsed.data
  const problems: string[] = []
  const index = new Map<string, number>()
  guide.questions.forEach((question, q) => {
    const first = index.get(question.id)
    if (first !== undefined) problems.push(`${at(q)}.id: "${question.id}" is already used by questions[${first}]; give each question its own id`)
    else index.set(question.id, q)
  })
  if (!index.has(guide.start)) problems.push(`start: "${guide.start}" is not the id of a question`)

  const known = (code: number, where: string) => {
    if (!knownCodes.has(code)) problems.push(`${where}: ${code} is not in the catalogue (data/status-codes.json); add it there or choose another code`)
  }
  const links = (text: string | undefined, where: string) => {
    for (const code of linkedCodes(text ?? '')) known(code, where)
  }
  /** For each question, the answers that lead to it. */
  const incoming = new Map<string, string[]>()
  guide.questions.forEach((question, q) => {
    links(question.help, at(q, undefined, 'help'))
    question.avoid.forEach((avoid, v) => {
      known(avoid.code, `${at(q)}.avoid[${v}].code`)
      known(avoid.instead, `${at(q)}.avoid[${v}].instead`)
      links(avoid.text, `${at(q)}.avoid[${v}].text`)
    })
    question.answers.forEach((answer, a) => {
      if ((answer.next === undefined) === (answer.code === undefined)) {
        problems.push(`${at(q, a)}: give either "next" (the question that follows) or "code" (the code to send), not ${answer.next === undefined ? 'neither' : 'both'}`)
        return
      }
      if (answer.next !== undefined) {
        if (!index.has(answer.next)) problems.push(`${at(q, a, 'next')}: "${answer.next}" is not the id of a question`)
        else incoming.set(answer.next, [...(incoming.get(answer.next) ?? []), at(q, a)])
        if (answer.reason || answer.source || answer.alternative) problems.push(`${at(q, a)}: reason, source and alternative belong to answers that end at a code`)
        return
      }
      known(answer.code!, at(q, a, 'code'))
      if (!answer.reason || !answer.source) problems.push(`${at(q, a)}: an answer that ends at ${answer.code} needs a one-line "reason" and the "source" that backs it`)
      links(answer.reason, at(q, a, 'reason'))
      if (answer.alternative) {
        known(answer.alternative.code, at(q, a, 'alternative.code'))
        links(answer.alternative.when, at(q, a, 'alternative.when'))
      }
    })
  })
  for (const [id, from] of incoming) {
    if (from.length > 1) problems.push(`${at(index.get(id)!)}.id: "${id}" is reached from ${from.join(' and ')}; give each question one way in, so its breadcrumbs are the answers that led there`)
    if (id === guide.start) problems.push(`${from[0]}.next: leads back to the start question "${id}"`)
  }
  problems.push(...loops(guide, index))
  if (index.has(guide.start)) {
    const reached = reachable(guide, index)
    guide.questions.forEach((question, q) => {
      if (!reached.has(question.id)) problems.push(`${at(q)}.id: "${question.id}" is not reached from the start: no chain of answers from "${guide.start}" leads to it`)
    })
  }
  return problems.length ? { ok: false, problems: [...new Set(problems)] } : { ok: true, guide }
}

const nextOf = (question: Question) => question.answers.flatMap((answer) => (answer.next ? [answer.next] : []))

function reachable(guide: Guide, index: Map<string, number>): Set<string> {
  const seen = new Set<string>([guide.start])
  const queue = [guide.start]
  while (queue.length) {
    const question = guide.questions[index.get(queue.shift()!)!]
    for (const next of question ? nextOf(question) : []) if (index.has(next) && !seen.has(next)) seen.add(next), queue.push(next)
  }
  return seen
}

/** Chains of answers that come back to a question they passed, each reported once. */
function loops(guide: Guide, index: Map<string, number>): string[] {
  const problems: string[] = []
  const state = new Map<string, 'open' | 'done'>()
  const visit = (id: string, trail: string[]) => {
    state.set(id, 'open')
    for (const next of nextOf(guide.questions[index.get(id)!]!)) {
      if (!index.has(next)) continue
      if (state.get(next) === 'open') {
        const cycle = [...trail.slice(trail.indexOf(next)), id, next]
        problems.push(`${at(index.get(next)!)}: the answers loop back to "${next}": ${cycle.slice(cycle.indexOf(next)).join(' → ')}`)
      } else if (!state.has(next)) visit(next, [...trail, id])
    }
    state.set(id, 'done')
  }
  for (const question of guide.questions) if (!state.has(question.id)) visit(question.id, [])
  return problems
}

export function loadGuide(file: string, knownCodes: ReadonlySet<number>): Guide {
  const result = validateGuide(readJsonFile(file), knownCodes)
  if (!result.ok) throw new CatalogueError(result.problems, file)
  return result.guide
}

/** One step of a walk through the guide: the question asked and the answer given. */
export interface Step {
  question: Question
  answer: Answer
}

/** For every question, the answers that lead to it from the start (its breadcrumbs). */
export function trails(guide: Guide): Map<string, Step[]> {
  const byId = new Map(guide.questions.map((question) => [question.id, question]))
  const result = new Map<string, Step[]>([[guide.start, []]])
  const queue = [guide.start]
  while (queue.length) {
    const id = queue.shift()!
    const question = byId.get(id)!
    for (const answer of question.answers) {
      if (answer.next && !result.has(answer.next)) {
        result.set(answer.next, [...result.get(id)!, { question, answer }])
        queue.push(answer.next)
      }
    }
  }
  return result
}

/** Every answer that ends at a code, with the steps that lead to it (its own step last). */
export function codeRoutes(guide: Guide): Map<number, Step[][]> {
  const routes = new Map<number, Step[][]>()
  const steps = trails(guide)
  for (const question of guide.questions) {
    for (const answer of question.answers) {
      if (answer.code === undefined) continue
      routes.set(answer.code, [...(routes.get(answer.code) ?? []), [...(steps.get(question.id) ?? []), { question, answer }]])
    }
  }
  return routes
}
