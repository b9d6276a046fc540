/**
 * `npm run dev`: the VitePress dev server on a copy of the catalogue, in a temporary project. The
 * islands work as in the build, and an edit of the catalogue or the guide reaches the open page
 * without a restart by hand.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'
import { freePort, waitForServer } from '../../scripts/lib/net.ts'
import { makeTempProject } from '../../scripts/lib/temp-project.ts'
import { generate } from '../../scripts/generator.ts'

const ROOT = process.cwd()

/** The dev page is rendered by Vue first; this waits until the islands have taken it over. */
async function islandsRunning(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-islands', 'running')
}
let project: string
let server: ChildProcess | undefined
let origin: string
let catalogueFile: string
let guideFile: string
let output = ''

test.describe.configure({ mode: 'serial', timeout: 120_000 })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  project = makeTempProject('httpcodes-dev-', ROOT)
  catalogueFile = join(project, 'catalogue.json')
  writeFileSync(catalogueFile, readFileSync('data/status-codes.json'))
  guideFile = join(project, 'guide.json')
  writeFileSync(guideFile, readFileSync('data/guide.json'))
  const comparisonsFile = join(project, 'comparisons.json')
  writeFileSync(comparisonsFile, readFileSync('data/comparisons.json'))
  const env = { CATALOGUE: catalogueFile, GUIDE: guideFile, COMPARISONS: comparisonsFile, DOCS_DIR: join(project, 'docs') }
  const generated = await generate({ catalogueFile, guideFile, comparisonsFile, docsDir: env.DOCS_DIR, siteUrl: 'https://httpcodes.shadowlanes.com' })
  expect(generated.ok, generated.messages.join('\n')).toBe(true)
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  server = spawn(process.execPath, [resolve('node_modules/vitepress/bin/vitepress.js'), 'dev', project, '--port', String(port), '--host', '127.0.0.1', '--strictPort'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout!.on('data', (chunk) => (output += chunk))
  server.stderr!.on('data', (chunk) => (output += chunk))
  await waitForServer(`${origin}/`, { timeoutMs: 60_000, failure: () => (server!.exitCode !== null ? `the dev server exited:\n${output}` : undefined) })
})

test.afterAll(() => {
  if (process.env.DEBUG_DEV) console.log(output) // DEBUG_DEV=1: what the dev server printed
  if (server?.pid) server.kill()
  if (project) rmSync(project, { recursive: true, force: true })
})

test('the islands work as in the build: the phone outline, the home search and the nav bar search', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto(`${origin}/511`)
  await islandsRunning(page)
  const toggle = page.locator('.VPLocalNav').getByRole('button', { name: 'On this page' })
  await toggle.click()
  await expect(page.locator('#local-outline')).toBeVisible()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await page.keyboard.press('Escape')
  await expect(page.locator('#local-outline')).toBeHidden()

  await page.goto(`${origin}/`)
  await islandsRunning(page)
  const box = page.getByRole('combobox', { name: 'Find a status code by number, name or words' })
  await expect(box).toBeFocused() // the home search island has taken over
  await box.fill('rate limit')
  const first = page.getByRole('listbox', { name: 'Matching status codes' }).getByRole('option').first()
  await expect(first).toContainText('429')
  await first.click()
  await expect(page).toHaveURL(/\/429$/)
  await expect(page.locator('h1')).toContainText('429 Too Many Requests')
  // A link is a page load, as in the build: the nav bar search of the new page works.
  await islandsRunning(page)
  await page.keyboard.press('Control+k')
  await page.getByRole('dialog', { name: 'Search' }).getByRole('combobox').fill('511')
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('option').first()).toContainText('Network Authentication Required')
})

test('an edit of the catalogue regenerates the pages and shows in the open page', async ({ page }) => {
  await page.goto(`${origin}/511`)
  await islandsRunning(page)
  const catalogue = JSON.parse(readFileSync(catalogueFile, 'utf8')) as { codes: { code: number; summary: string; name: string }[] }
  const entry = catalogue.codes.find((c) => c.code === 511)!
  entry.summary = 'Edited while the dev server runs.'
  entry.name = 'Network Authentication Edited'
  writeFileSync(catalogueFile, JSON.stringify(catalogue, null, 2))
  await expect(page.locator('.code-summary')).toHaveText('Edited while the dev server runs.', { timeout: 60_000 })
  // The sidebar comes from the catalogue too.
  await expect(page.locator('.VPSidebar').getByRole('link', { name: '511 Network Authentication Edited' })).toBeAttached()
})

test('an edit of the guide regenerates its pages and shows in the open page', async ({ page }) => {
  await page.goto(`${origin}/guide`)
  await islandsRunning(page)
  const guide = JSON.parse(readFileSync(guideFile, 'utf8')) as { start: string; questions: { id: string; question: string }[] }
  guide.questions.find((question) => question.id === guide.start)!.question = 'What is going on here, edited?'
  writeFileSync(guideFile, JSON.stringify(guide, null, 2))
  await expect(page.locator('h1')).toHaveText('What is going on here, edited?', { timeout: 60_000 })
})
