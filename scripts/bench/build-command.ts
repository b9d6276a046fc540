import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** The Node flags that `npm run build` (package.json) gives VitePress, so the bench measures that same build. */
export function buildNodeFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
  return scripts.build?.match(/--max-old-space-size=\d+/g) ?? []
}

/** One VitePress build of `root` in a fresh Node process: its wall time and peak memory. */
export function measureBuild(root: string, env: NodeJS.ProcessEnv = process.env): { ms: number; maxRssBytes: number } {
  const out = execFileSync(process.execPath, [...buildNodeFlags(), '--import', 'tsx', 'scripts/bench/build-once.ts', root], { env, encoding: 'utf8' })
  return JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number; maxRssBytes: number }
}
