import { CatalogueError, formatIssue, readJsonFile } from '../catalogue/load.ts'
import { linkedCodes } from '../catalogue/prose.ts'
import { comparisonPath } from '../../kernel/paths.ts'
import { comparisonsSchema, type Comparison, type Comparisons } from './schema.ts'

export type ComparisonsValidation = { ok: true; comparisons: Comparisons } | { ok: false; problems: string[] }

interface Known {
  codes: ReadonlySet<number>
  /** the ids of the guide's questions; without a guide, no comparison may name one */
  guideIds?: ReadonlySet<string>
}

const at = (c: number, field?: string) => `comparisons[${c}]${field ? `.${field}` : ''}`

/**
 * Validates the comparisons against their schema and against the catalogue and guide, collecting
 * every problem: codes out of order or unknown, sides that do not match the codes, the same group
 * twice, prose linking a code the catalogue lacks, a guide question that does not exist.
 */
export function validateComparisons(data: unknown, known: Known): ComparisonsValidation {
  const parsed = comparisonsSchema.safeParse(data, { reportInput: true })
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => formatIssue(issue)) }
  const problems: string[] = []
  const seen = new Map<string, number>()
  parsed.data.comparisons.forEach((comparison, c) => {
    const { codes } = comparison
    const knownCode = (code: number, where: string) => {
      if (!known.codes.has(code)) problems.push(`${where}: ${code} is not in the catalogue (data/status-codes.json); add it there or compare another code`)
    }
    codes.forEach((code, i) => knownCode(code, at(c, `codes[${i}]`)))
    if (codes.some((code, i) => i > 0 && code <= codes[i - 1]!)) {
      problems.push(`${at(c, 'codes')}: list the codes once each, in ascending order (${[...new Set(codes)].sort((a, b) => a - b).join(', ')}), so the page's address is ${comparisonPath([...new Set(codes)])}`)
    }
    const path = comparisonPath(codes)
    const first = seen.get(path)
    if (first !== undefined) problems.push(`${at(c, 'codes')}: ${path} is already compared by comparisons[${first}]; merge the two`)
    else seen.set(path, c)

    if (comparison.sides.length !== codes.length) problems.push(`${at(c, 'sides')}: give one side per code (${codes.length}), found ${comparison.sides.length}`)
    comparison.sides.forEach((side, s) => {
      if (codes[s] !== undefined && side.code !== codes[s]) problems.push(`${at(c, `sides[${s}].code`)}: expected ${codes[s]}, the code in the same place in "codes", found ${side.code}`)
    })

    for (const [field, text] of proseFields(comparison)) {
      for (const code of linkedCodes(text)) knownCode(code, at(c, field))
    }
    if (comparison.guide !== undefined) {
      if (!known.guideIds) problems.push(`${at(c, 'guide')}: "${comparison.guide}" names a guide question, but no guide is being built`)
      else if (!known.guideIds.has(comparison.guide)) problems.push(`${at(c, 'guide')}: "${comparison.guide}" is not the id of a question in the guide (data/guide.json)`)
    }
  })
  return problems.length ? { ok: false, problems } : { ok: true, comparisons: parsed.data }
}

function proseFields(comparison: Comparison): [string, string][] {
  return [
    ['answer', comparison.answer],
    ...comparison.sides.flatMap((side, s): [string, string][] => [
      [`sides[${s}].sendWhen`, side.sendWhen],
      [`sides[${s}].example`, side.example],
    ]),
    ...comparison.mistakes.map((mistake, m): [string, string] => [`mistakes[${m}]`, mistake]),
    ['clients', comparison.clients],
  ]
}

export function loadComparisons(file: string, known: Known): Comparisons {
  const result = validateComparisons(readJsonFile(file), known)
  if (!result.ok) throw new CatalogueError(result.problems, file)
  return result.comparisons
}
