import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { GENERATED_BY } from './render/page.ts'

interface Plan {
  write: string[]
  remove: string[]
  /** temporary files an interrupted run left behind */
  leftovers: string[]
  unchanged: string[]
  /** Hand-written files that a generated page would replace: never touched, reported instead. */
  conflicts: string[]
}

const TEMP_FILE = /^\..+\.(md|json)\.\d+\.tmp$/

function isGenerated(content: string): boolean {
  return content.includes(GENERATED_BY)
}

/** Every file under the folder, as paths relative to it; static files (public/) are not ours to manage. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => !name.startsWith('public/') && !name.startsWith('.vitepress/'))
}

/** Compares the wanted pages with what is in the folder; reads only, writes nothing. */
export function planOutput(dir: string, pages: ReadonlyMap<string, string>): Plan {
  const plan: Plan = { write: [], remove: [], leftovers: [], unchanged: [], conflicts: [] }
  const all = filesUnder(dir)
  const existing = all.filter((name) => name.endsWith('.md'))
  plan.leftovers = all.filter((name) => TEMP_FILE.test(basename(name))).sort()
  for (const [name, content] of pages) {
    const path = join(dir, name)
    if (!existsSync(path)) plan.write.push(name)
    else {
      const current = readFileSync(path, 'utf8')
      if (!isGenerated(current)) plan.conflicts.push(name)
      else if (current === content) plan.unchanged.push(name)
      else plan.write.push(name)
    }
  }
  for (const name of existing.sort()) {
    if (!pages.has(name) && isGenerated(readFileSync(join(dir, name), 'utf8'))) plan.remove.push(name)
  }
  return plan
}

/**
 * Applies a plan: every page is first written beside its target under a temporary name, and only
 * when all of them are on disk are they renamed into place, so a failure leaves no half-written page.
 */
export function applyOutput(dir: string, pages: ReadonlyMap<string, string>, plan: Plan): void {
  const staged: [string, string][] = []
  try {
    for (const name of plan.write) {
      const target = join(dir, name)
      mkdirSync(dirname(target), { recursive: true })
      const temp = join(dirname(target), `.${basename(name)}.${process.pid}.tmp`)
      writeFileSync(temp, pages.get(name)!)
      staged.push([temp, join(dir, name)])
    }
  } catch (error) {
    for (const [temp] of staged) rmSync(temp, { force: true })
    throw error
  }
  for (const [temp, target] of staged) renameSync(temp, target)
  for (const name of [...plan.remove, ...plan.leftovers]) rmSync(join(dir, name), { force: true })
}
