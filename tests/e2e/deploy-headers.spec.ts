import { test, expect, searchFromNavBar } from './fixtures.ts'
import { watchCspViolations, withDeployHeaders } from './csp.ts'

// What the headers files say, and the policy's hashes: tests/site/headers.test.ts.

test.describe('in the browser, under the deploy headers', () => {
  // Each test starts from the network, where the headers are added; the service worker is tested elsewhere.
  test.use({ serviceWorkers: 'block' })

  test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
    await withDeployHeaders(page, '/511')
    const violations = await watchCspViolations(page)
    await page.goto('/511')
    await page.addScriptTag({ content: 'window.injected = true' }).catch(() => undefined)
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined()
    expect(await violations.list()).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)])
  })

  // Every page under these headers: the 'whole pages' tests in integrity.spec.ts.

  test('the home search, the nav bar search and page navigation run with no CSP violation', async ({ page, problems }) => {
    const violations = await watchCspViolations(page)
    await withDeployHeaders(page, '/')
    await page.goto('/?q=rate+limit')
    await expect(page.getByRole('listbox', { name: 'Matching status codes' }).getByRole('option').first()).toContainText('429')
    const first = await searchFromNavBar(page, 'Network Authentication Required')
    await expect(first).toContainText('511')
    await first.click()
    await expect(page.locator('h1')).toHaveText(/^511 /)
    await page.waitForLoadState('networkidle')
    expect(await violations.list()).toEqual([])
    expect(problems.list()).toEqual([])
  })
})
