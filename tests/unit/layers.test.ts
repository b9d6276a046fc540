import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Data flows one way: kernel <- catalogue <- guide <- comparisons <- render <- generator and config; tools and tests sit on
 * top. Each rule lists where a folder's files may import from; a package import is allowed by name.
 */
const ROOT = process.cwd()
const SOURCE = /\.(ts|vue)$/

function files(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => SOURCE.test(file) && !file.includes('node_modules') && !file.startsWith('cache/'))
    .map((file) => join(folder, file))
}

/** Every import specifier of a file: static, dynamic and re-exports. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8')
  return [...text.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3]!)
}

/** Where an import points: a repository path for relative imports, or the package name. */
function target(file: string, specifier: string): { path?: string; packageName?: string } {
  if (specifier.startsWith('.')) return { path: relative(ROOT, resolve(ROOT, dirname(file), specifier)) }
  if (specifier.startsWith('/')) return { path: `docs${specifier}` }
  const parts = specifier.split('/')
  return { packageName: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] }
}

interface Rule {
  folder: string
  /** repository folders (or files) it may import from */
  paths: string[]
  /** packages it may import; 'node:' allows Node's own modules */
  packages: string[]
}

const RULES: Rule[] = [
  { folder: 'kernel', paths: ['kernel'], packages: ['minisearch'] },
  { folder: 'scripts/catalogue', paths: ['scripts/catalogue', 'kernel'], packages: ['node:', 'zod'] },
  { folder: 'scripts/guide', paths: ['scripts/guide', 'scripts/catalogue', 'kernel'], packages: ['node:', 'zod'] },
  { folder: 'scripts/comparisons', paths: ['scripts/comparisons', 'scripts/guide', 'scripts/catalogue', 'kernel'], packages: ['node:', 'zod'] },
  { folder: 'scripts/render', paths: ['scripts/render', 'scripts/catalogue', 'scripts/guide', 'scripts/comparisons', 'scripts/site.ts', 'kernel'], packages: ['node:', 'zod', 'gray-matter', '@resvg/resvg-js'] },
  { folder: '.vitepress/theme', paths: ['.vitepress/theme', 'kernel', 'docs/search-records.json', 'docs/checker-data.json'], packages: ['vue', 'vitepress'] },
  { folder: 'scripts/bench', paths: ['scripts', 'kernel'], packages: ['node:', '@playwright/test', 'lighthouse', 'chrome-launcher', 'vitepress', 'esbuild'] },
  { folder: 'scripts/lighthouse', paths: ['scripts', 'kernel'], packages: ['node:', '@playwright/test', 'lighthouse', 'chrome-launcher'] },
  { folder: 'deploy', paths: ['deploy', 'scripts/lib'], packages: ['node:', 'esbuild', 'workbox-core', 'workbox-precaching', 'workbox-routing', 'workbox-strategies'] },
]

const within = (path: string, allowed: string) => path === allowed || path.startsWith(`${allowed}/`)

describe('layers', () => {
  for (const rule of RULES) {
    it(`${rule.folder}/ imports only from ${[...rule.paths, ...rule.packages].join(', ')}`, () => {
      const wrong: string[] = []
      for (const file of files(rule.folder)) {
        for (const specifier of importsOf(file)) {
          const { path, packageName } = target(file, specifier)
          const ok = path !== undefined ? rule.paths.some((allowed) => within(path, allowed)) : rule.packages.some((allowed) => (allowed === 'node:' ? packageName!.startsWith('node:') : packageName === allowed))
          if (!ok) wrong.push(`${file} imports ${specifier}`)
        }
      }
      expect(files(rule.folder).length).toBeGreaterThan(0)
      expect(wrong).toEqual([])
    })
  }

  it('nothing but the tests imports from tests/', () => {
    const wrong = ['kernel', 'scripts', 'deploy', '.vitepress'].flatMap(files).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => within(target(file, specifier).path ?? '', 'tests'))
        .map((specifier) => `${file} imports ${specifier}`),
    )
    expect(wrong).toEqual([])
  })

  it('the kernel is compiled with the language library only: no DOM and no Node types', () => {
    const config = JSON.parse(readFileSync('kernel/tsconfig.json', 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { compilerOptions: { lib: string[]; types: string[] } }
    expect(config.compilerOptions.lib.every((lib) => /^ES\d+/i.test(lib))).toBe(true)
    expect(config.compilerOptions.types).toEqual([])
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.typecheck).toContain('-p kernel')
  })

  it('sees the imports it checks (the check itself can fail)', () => {
    expect(importsOf('kernel/search/engine.ts')).toEqual(expect.arrayContaining(['minisearch', './records.ts', './nearest.ts']))
    expect(target('kernel/search/engine.ts', '../../scripts/site.ts').path).toBe('scripts/site.ts')
  })
})
