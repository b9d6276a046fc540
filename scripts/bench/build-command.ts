import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface StepCost {
  ms: number
  maxRssBytes: number
}

/** The Node flags that `npm run build` (package.json) gives VitePress, so the bench measures that same build. */
export function buildNodeFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
  return scripts.build?.match(/--max-old-space-size=\d+/g) ?? []
}

function step(args: string[], env: NodeJS.ProcessEnv): StepCost {
  const out = execFileSync(process.execPath, [...buildNodeFlags(), '--import', 'tsx', 'scripts/bench/step-once.ts', ...args], { env, encoding: 'utf8' })
  return JSON.parse(out.trim().split('\n').at(-1)!) as StepCost
}

/**
 * `npm run build` of `root`, each step in a fresh Node process as npm runs them: the generator,
 * then vitepress build. Time is the sum, memory the larger peak.
 */
export function measureBuild(root: string, env: NodeJS.ProcessEnv = process.env): StepCost & { generateMs: number } {
  const generated = step(['generate'], env)
  const built = step(['build', root], env)
  return { ms: generated.ms + built.ms, maxRssBytes: Math.max(generated.maxRssBytes, built.maxRssBytes), generateMs: generated.ms }
}

/**
 * A plain `vitepress build` of the same pages (docs/, as the generator left them) with the
 * site's theme but none of our config: no head tags, no sidebar, no aliases, no build hooks, no
 * service worker. What VitePress itself costs for these pages.
 */
export function measurePlainBuild(env: NodeJS.ProcessEnv = process.env): StepCost {
  const root = mkdtempSync(join(tmpdir(), 'httpcodes-plain-'))
  try {
    for (const name of ['node_modules', 'package.json', 'docs']) symlinkSync(resolve(name), join(root, name))
    mkdirSync(join(root, '.vitepress'))
    symlinkSync(resolve('.vitepress/theme'), join(root, '.vitepress/theme'))
    writeFileSync(join(root, '.vitepress/config.mjs'), "export default { srcDir: 'docs', outDir: 'dist', mpa: true, cleanUrls: true }\n")
    return step(['build', root], env)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
