import { readFileSync } from 'node:fs'
import { test as base, expect, type Page } from '@playwright/test'

export interface PageProblems {
  /** console errors, uncaught exceptions, failed requests and error responses seen so far */
  list(): string[]
}

function watchProblems(page: Page, options: { allowDocumentStatus?: number }): PageProblems {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    // Chromium logs the expected 404 of a not-found document as a console error too.
    const isExpectedDocumentStatus =
      options.allowDocumentStatus !== undefined &&
      message.location().url === page.url() &&
      message.text().includes(`status of ${options.allowDocumentStatus}`)
    if (!isExpectedDocumentStatus) problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`))
  page.on('response', (response) => {
    const isDocument = response.request().resourceType() === 'document'
    if (response.status() >= 400 && !(isDocument && response.status() === options.allowDocumentStatus)) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`)
    }
  })
  return { list: () => [...problems] }
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page }, use) => {
    await use(watchProblems(page, {}))
  },
})

export { expect }

/** Every URL the built sitemap lists, with its path on the local server. */
export function sitemapUrls(): { url: string; path: string }[] {
  const xml = readFileSync(`${process.env.OUT_DIR ?? 'dist'}/sitemap.xml`, 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => ({ url: url!, path: new URL(url!).pathname }))
}

export { watchProblems }

/** Opens the nav bar search on the current page, types a query and returns the first result. */
export async function searchFromNavBar(page: Page, query: string) {
  await page.getByRole('button', { name: 'Search' }).click()
  const dialog = page.getByRole('dialog', { name: 'Search' })
  await dialog.getByRole('combobox', { name: 'Search' }).fill(query)
  return dialog.getByRole('listbox', { name: 'Matching status codes' }).getByRole('option').first()
}
