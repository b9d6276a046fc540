import { test, expect, sitemapUrls } from './fixtures.ts'

const urls = sitemapUrls()

test('the sitemap lists every code page and the list of all codes', () => {
  const paths = urls.map((u) => u.path)
  expect(paths).toContain('/')
  expect(paths).toContain('/codes')
  expect(paths).toContain('/404')
  expect(paths).toContain('/511')
})

for (const { url, path } of urls) {
  test(`${path} answers 200 with one H1, its canonical URL and valid JSON-LD, and no errors`, async ({ page, problems }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)

    const code = /^\/(\d{3})$/.exec(path)?.[1]
    await expect(page.locator('h1')).toHaveCount(1)
    if (code) await expect(page.locator('h1')).toContainText(new RegExp(`^${code} \\S`))

    const canonicals = page.locator('link[rel="canonical"]')
    await expect(canonicals).toHaveCount(1)
    await expect(canonicals).toHaveAttribute('href', url)

    if (code) {
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
      expect(blocks).toHaveLength(1)
      const graph = JSON.parse(blocks[0]!)['@graph'] as Record<string, unknown>[]
      const data = graph.find((node) => node['@type'] === 'TechArticle')!
      const trail = graph.find((node) => node['@type'] === 'BreadcrumbList') as { itemListElement: { item: string }[] }
      expect(trail.itemListElement.at(-1)!.item).toBe(url)
      expect(data.url).toBe(url)
      expect(data.headline).toBe((await page.locator('h1').innerText()).replace(/[\s\u200b]+$/, ''))
      expect(data.headline).toMatch(new RegExp(`^${code} `))
      const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
      await expect(crumbs.getByRole('link')).toHaveText(['Home', /^(\dxx .+|Unofficial codes)$/])
    }
    await page.waitForLoadState('networkidle')
    expect(problems.list()).toEqual([])
  })
}

for (const { url, path } of urls) {
  test(`${path} has its title, description, canonical and JSON-LD in the static HTML`, async ({ request }) => {
    const html = await (await request.get(path)).text()
    const code = /^\/(\d{3})$/.exec(path)?.[1]
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
    if (code) expect(title).toMatch(new RegExp(`^${code} `))
    const descriptions = [...html.matchAll(/<meta name="description" content="([^"]*)"/g)].map((m) => m[1])
    expect(descriptions).toHaveLength(1)
    if (code) expect(descriptions[0]).toContain(`HTTP ${code} `)
    const canonicals = [...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1])
    expect(canonicals).toEqual([url])
    if (code) {
      const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!))
      expect(jsonLd).toHaveLength(1)
      expect(jsonLd[0]['@graph'][0].headline).toMatch(new RegExp(`^${code} `))
    }
    expect(html).toMatch(/<h1[^>]*>/)
  })
}
