import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A project folder in the temp directory that builds the site from another catalogue (set
 * CATALOGUE, DOCS_DIR and OUT_DIR into it): code, config and dependencies are links to `root`,
 * the hand-written home page and static files are copied. .vitepress is a real folder whose
 * entries are links, so its build cache and temp files never collide with a build of `root`.
 */
export function makeTempProject(prefix: string, root = process.cwd()): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  for (const name of ['node_modules', 'package.json', 'scripts', 'data', 'deploy', 'tsconfig.json']) {
    if (existsSync(join(root, name))) symlinkSync(join(root, name), join(dir, name))
  }
  mkdirSync(join(dir, '.vitepress'))
  for (const name of readdirSync(join(root, '.vitepress'))) {
    if (!['.temp', 'cache', 'dist'].includes(name)) symlinkSync(join(root, '.vitepress', name), join(dir, '.vitepress', name))
  }
  cpSync(join(root, 'docs/public'), join(dir, 'docs/public'), { recursive: true })
  cpSync(join(root, 'docs/index.md'), join(dir, 'docs/index.md'))
  return dir
}
