/**
 * A real build of a catalogue whose text is hostile: HTML, `</script>`, `{{ }}` Vue syntax,
 * Markdown and YAML syntax, emoji and very long text, in every text field. The site is generated,
 * built and served from a temporary project, and checked in the browser: the text is shown
 * literally, no dialog opens, no script from the text runs, and title and description are right.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'
import { freePort, waitForServer } from '../../scripts/lib/net.ts'
import { makeTempProject } from '../../scripts/lib/temp-project.ts'
import { entry } from '../unit/entries.ts'
import type { EntryInput } from '../../scripts/catalogue/schema.ts'

const ROOT = process.cwd()
const LONG = 'A long explanation with <b>tags</b>, {{ moustaches }} and `code`. '.repeat(55).trim()
/** LONG as a reader sees it: the backticks made <code> elements. */
const LONG_SHOWN = LONG.replace(/`/g, '')

// Each payload that would run sets a flag or opens a dialog; the tests look for both.
const NAME = '</script><b>{{ 7*7 }}</b> <img src=x onerror=alert(1)> &lt;i&gt; # *x* 🚦'
const SENT_BY = '<i>Evil</i> {{ $el }} & "Co" --- key: v'
const SUMMARY = `<script>window.__pwned=1</script> {{ constructor.constructor('alert(2)')() }} [x](javascript:alert(3)) \`c\` &amp; ü ${'ß'.repeat(20)}`
const HOSTILE: EntryInput = entry(799, {
  name: NAME,
  aliases: ['{{ alias }}', '---\nkey: value'],
  keywords: ['<svg onload=alert(4)>', '*kw*'],
  lifecycle: 'unofficial',
  sentBy: SENT_BY,
  lifecycleNote: ':::warning\n<iframe src="javascript:alert(5)"></iframe>\n:::',
  summary: SUMMARY,
  meaning: '# Not a heading\n\n<img src=x onerror="window.__pwned=2"> {{ $router }}\n- not a list\n> not a quote',
  whenToUse: LONG,
  example: '[a code link](/422), [a source](https://example.com/x), `{{ in code }}` and <a href="javascript:alert(6)">a raw link</a>',
  whenNotToUse: 'Use [400 Bad Request](/400) instead of <marquee>this</marquee> {{ 1+1 }}.',
  sourceNote: '</p></div><script>alert(7)</script>',
  sources: [{ type: 'vendor', title: '<b>Vendor</b> {{ docs }} 📚', url: 'https://example.com/docs' }],
  exchange: {
    request: 'GET /</script><script>alert(8)</script> HTTP/1.1\nHost: example.com\nX: ```\n{{ 7*7 }}\n\n<img src=x onerror=alert(9)>',
    response: 'HTTP/1.1 799 Whatever\nContent-Type: text/html\n\n<script>alert(10)</script>',
    log: '127.0.0.1 - - "GET /{{ x }} HTTP/1.1" 799 0 "<script>"',
    note: 'The note: <style>body{display:none}</style> {{ note }}',
  },
  headers: [{ name: 'Retry-After', requirement: 'may', note: '<b>header</b> {{ h }}', source: { type: 'vendor', title: '{{ t }}', url: 'https://example.com/h' } }],
  facts: { cacheable: 'never', body: 'allowed', retry: '<u>retry</u> {{ r }}', sources: [{ type: 'rfc', rfc: 9110, section: '15.1' }] },
  related: [{ code: 400, difference: '<em>differs</em> {{ d }}' }],
  otherMeanings: [{ name: '<h1>Other</h1>', sentBy: '{{ other }}', text: '<script>alert(11)</script>', sources: [{ type: 'rfc', rfc: 9110 }] }],
})
const CATALOGUE = { codes: [HOSTILE, entry(400), entry(422), entry(401, { name: 'Unauthorized {{ 1+1 }} <i>x</i>', summary: '<b>Bold?</b> {{ no }}' })] }
const TITLE = `799 ${NAME}`
const DESCRIPTION = `HTTP 799 ${NAME} (unofficial, ${SENT_BY}): ${SUMMARY}`

let project: string
let server: ChildProcess | undefined
let origin: string

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(900_000)
  project = makeTempProject('httpcodes-hostile-', ROOT)
  const catalogueFile = join(project, 'hostile.json')
  writeFileSync(catalogueFile, JSON.stringify(CATALOGUE, null, 2))
  const env = { CATALOGUE: catalogueFile, GUIDE: '', COMPARISONS: '', DOCS_DIR: join(project, 'docs'), OUT_DIR: join(project, 'dist') }
  run([resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/generate.ts'], env)
  run([resolve('node_modules/vitepress/bin/vitepress.js'), 'build', project], env)

  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  server = spawn(process.execPath, [resolve('node_modules/vitepress/bin/vitepress.js'), 'preview', project, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  })
  await waitForServer(`${origin}/`, { timeoutMs: 60_000 })
})

test.afterAll(() => {
  if (server?.pid) server.kill()
  if (project) rmSync(project, { recursive: true, force: true })
})

/** Records dialogs on a page; `pwned` reads the flag a payload would set. */
function watch(page: Page) {
  const dialogs: string[] = []
  const errors: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('status of 404')) errors.push(message.text())
  })
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)
  return { dialogs, errors, pwned }
}

async function open(page: Page, path: string) {
  const response = await page.goto(`${origin}${path}`)
  await page.waitForLoadState('networkidle')
  return response
}

async function staticHead(page: Page, path: string) {
  const html = await (await page.request.get(`${origin}${path}`)).text()
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html')
    return {
      title: doc.title,
      description: doc.querySelector('meta[name="description"]')?.getAttribute('content'),
      ogTitle: doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
      jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
      scripts: [...doc.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map((s) => s.textContent ?? ''),
      h1: doc.querySelector('h1')?.firstChild?.textContent,
    }
  }, html)
}

test('the code page shows every hostile text literally, and nothing from it runs', async ({ page }) => {
  const { dialogs, errors, pwned } = watch(page)
  const response = await open(page, '/799')
  expect(response?.status()).toBe(200)

  const h1 = page.locator('h1')
  await expect(h1).toHaveCount(1)
  expect((await h1.evaluate((el) => el.firstChild?.textContent ?? '')).trim()).toBe(TITLE)
  await expect(page.locator('.code-summary')).toHaveText(SUMMARY)
  await expect(page.locator('.code-meta-sender')).toHaveText(`Sent by ${SENT_BY}`)
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]')).toHaveText(TITLE)
  await expect(page.locator('#meaning + p')).toHaveText('# Not a heading')
  await expect(page.locator('.vp-doc')).toContainText('<img src=x onerror="window.__pwned=2"> {{ $router }} - not a list > not a quote')
  await expect(page.locator('.vp-doc')).toContainText(LONG_SHOWN)
  await expect(page.locator('.vp-doc code', { hasText: '{{ in code }}' })).toHaveCount(1)
  await expect(page.locator('.vp-doc pre').first()).toContainText('GET /</script><script>alert(8)</script> HTTP/1.1')
  await expect(page.locator('.vp-doc pre').first()).toContainText('{{ 7*7 }}')
  await expect(page.locator('.vp-doc')).toContainText('The note: <style>body{display:none}</style> {{ note }}')
  await expect(page.locator('.vp-doc')).toContainText('</p></div><script>alert(7)</script>')
  await expect(page.locator('#other-meaning-1')).toContainText('799 <h1>Other</h1> ({{ other }})')
  // The only links out of the text are the two it was allowed to make.
  await expect(page.locator('.vp-doc a[href^="javascript:"]')).toHaveCount(0)
  await expect(page.locator('.vp-doc a', { hasText: 'a code link' })).toHaveAttribute('href', '/422')

  // Nothing from the text became an element.
  for (const tag of ['img', 'iframe', 'svg', 'marquee', 'style', 'u', 'em', 'b', 'i']) await expect(page.locator(`.vp-doc ${tag}`)).toHaveCount(0)
  await expect(page.locator('.vp-doc script')).toHaveCount(0)
  await expect(page.locator('body')).toBeVisible() // <style>body{display:none}</style> stayed text
  expect(dialogs).toEqual([])
  expect(await pwned()).toBeNull()
  expect(errors).toEqual([])
})

test('the description, og:title, JSON-LD and H1 in the static HTML are the text', async ({ page }) => {
  const head = await staticHead(page, '/799')
  expect(head.description).toBe(DESCRIPTION)
  expect(head.ogTitle).toBe(TITLE)
  expect(head.jsonLd).toHaveLength(1)
  const graph = JSON.parse(head.jsonLd[0]!)['@graph'] as Record<string, unknown>[]
  expect(graph[0]).toMatchObject({ headline: TITLE, name: TITLE, description: DESCRIPTION })
  expect(head.h1?.trim()).toBe(TITLE)
  for (const script of head.scripts) expect(script).not.toContain('alert(')
})

// VitePress would read the frontmatter title as Markdown and escape it loosely; .vitepress/page-title.ts keeps it literal.
test('the tab title is the text, once the page has loaded', async ({ page }) => {
  await open(page, '/799')
  await expect(page).toHaveTitle(`${TITLE} | httpcodes`)
})

test('the static <title> is the text (what crawlers and link previews read)', async ({ page }) => {
  const head = await staticHead(page, '/799')
  expect(head.title).toBe(`${TITLE} | httpcodes`)
})

test('the list of codes, the class page, the sidebar and another code page show the name literally', async ({ page }) => {
  const { dialogs, errors, pwned } = watch(page)
  for (const path of ['/codes', '/unofficial']) {
    await open(page, path)
    const row = page.locator('table.codes-table tr', { has: page.locator('td:first-child', { hasText: /^799$/ }) })
    await expect(row.locator('td').nth(1)).toHaveText(NAME)
    await expect(row.locator('td').nth(2)).toHaveText(SUMMARY)
  }
  // /unofficial lists the codes of its class in the sidebar
  await expect(page.locator('.VPSidebar a[href="/799"]').first()).toContainText(TITLE, { useInnerText: false })
  await expect(page.locator('.VPSidebar a[href="/799"] b')).toHaveCount(0)
  await open(page, '/400')
  await expect(page.locator('ul.related a[href="/799"]')).toHaveText(TITLE)
  await expect(page.locator('ul.related li', { has: page.locator('a[href="/799"]') })).toContainText('<em>differs</em> {{ d }}')
  await open(page, '/401')
  await expect(page.locator('h1')).toContainText('401 Unauthorized {{ 1+1 }} <i>x</i>')
  expect(dialogs).toEqual([])
  expect(await pwned()).toBeNull()
  expect(errors).toEqual([])
})

test('the home search, the nav bar search and the not-found page show the name literally', async ({ page }) => {
  const { dialogs, errors, pwned } = watch(page)
  await open(page, '/')
  await expect(page.getByRole('navigation', { name: 'Every status code' }).locator('a[href="/799"]')).toHaveText(`799 ${NAME}`)
  await open(page, '/?q=799')
  const first = page.getByRole('option').first()
  await expect(first.locator('.result-name')).toHaveText(NAME)
  await expect(first.locator('.result-summary')).toHaveText(SUMMARY)

  await open(page, '/401')
  await page.keyboard.press('Control+k')
  const dialog = page.getByRole('dialog', { name: 'Search' })
  await dialog.getByRole('combobox', { name: 'Search' }).fill('799')
  await expect(dialog.getByRole('option').first().locator('.result-name')).toHaveText(NAME)

  expect((await open(page, '/798'))?.status()).toBe(404)
  await expect(page.locator('.not-found li').first()).toHaveText(`799 ${NAME}`)
  expect(dialogs).toEqual([])
  expect(await pwned()).toBeNull()
  expect(errors).toEqual([])
})
