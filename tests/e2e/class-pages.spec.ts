import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures.ts'

const catalogue = JSON.parse(readFileSync('data/status-codes.json', 'utf8')) as { codes: { code: number; lifecycle: string }[] }

for (const cls of ['1xx', '2xx', '3xx', '4xx', '5xx']) {
  test(`/${cls} lists every code of the class`, async ({ page }) => {
    await page.goto(`/${cls}`)
    const digit = Number(cls[0])
    const expected = catalogue.codes.filter((c) => Math.floor(c.code / 100) === digit).map((c) => String(c.code))
    await expect(page.locator('table.codes-table tbody tr td:first-child')).toHaveText(expected)
  })
}

test('/unofficial lists every unofficial code with who sends it', async ({ page }) => {
  await page.goto('/unofficial')
  const expected = catalogue.codes.filter((c) => c.lifecycle === 'unofficial').map((c) => String(c.code))
  await expect(page.locator('table.codes-table tbody tr td:first-child')).toHaveText(expected)
  await expect(page.locator('table.codes-table tbody tr').filter({ hasText: '444' }).locator('td').nth(3)).toHaveText('nginx')
})

test('every row of the redirect matrix matches the facts on the code page', async ({ page }) => {
  await page.goto('/3xx')
  const rows = await page.locator('table.redirect-matrix tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ code: tr.getAttribute('data-code')!, cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()) })),
  )
  expect(rows.map((r) => r.code)).toEqual(['301', '302', '303', '307', '308'])
  for (const { code, cells } of rows) {
    await page.goto(`/${code}`)
    const fact = (label: string) => page.locator('table.facts tr').filter({ has: page.locator('th', { hasText: label }) }).locator('td')
    const [, permanent, method, cacheable] = cells
    await expect(fact('Permanent')).toHaveText(new RegExp(`^${permanent}:`))
    const methodWord = { Kept: /^Kept/, 'POST may become GET': /^May become GET/, 'Becomes GET': /^Becomes GET/ }[method!]!
    await expect(fact('Method')).toHaveText(methodWord)
    await expect(fact('Cacheable')).toHaveText(cacheable === 'Yes' ? /^Yes/ : /^(No|Only)/)
  }
})

test('a code page shows breadcrumbs from home through its class', async ({ page }) => {
  await page.goto('/511')
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
  await crumbs.getByRole('link', { name: '5xx Server Error' }).click()
  await expect(page).toHaveURL(/\/5xx$/)
  await expect(page.locator('h1')).toHaveText(/^5xx Server Error/)
})

test('prev and next follow numeric order', async ({ page }) => {
  await page.goto('/511')
  await expect(page.locator('.pager-link.prev .title')).toHaveText('510 Not Extended')
  await expect(page.locator('.pager-link.next .title')).toContainText('520 ')
  await page.goto('/404')
  await expect(page.locator('.pager-link.prev .title')).toHaveText('403 Forbidden')
  await expect(page.locator('.pager-link.next .title')).toHaveText('405 Method Not Allowed')
})
