import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'

// The response checker on /check: what a user pastes is checked in the page and goes nowhere.

const box = (page: Page) => page.getByRole('textbox', { name: 'Response to check' })
const status = (page: Page) => page.locator('.checker-status')
const UNAUTHORIZED = 'HTTP/1.1 401 Unauthorized\nDate: Tue, 10 Jun 2025 09:00:00 GMT\nContent-Type: application/json\n\n{}'

async function open(page: Page) {
  await page.goto('/check')
  await page.waitForLoadState('networkidle')
}

test('pasted text gets findings grouped by severity, each linking the section and the code\'s page', async ({ page, problems }) => {
  await open(page)
  await box(page).fill(UNAUTHORIZED)
  await expect(status(page)).toHaveText('1 response: 1 error, 0 warnings, 0 notes.')
  const response = page.locator('.checker-response').first()
  await expect(response.locator('summary')).toContainText('401 Unauthorized')
  await expect(response.getByRole('heading', { name: 'Errors (1)' })).toBeVisible()
  const finding = response.locator('.checker-error').first()
  await expect(finding).toContainText('A 401 Unauthorized must carry WWW-Authenticate: add it.')
  await expect(finding.getByRole('link', { name: 'RFC 9110 §11.6.1' })).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1')
  await expect(finding.getByRole('link', { name: 'about 401' })).toHaveAttribute('href', '/401')
  // The message as read, with the field the finding asks for marked.
  await expect(response.locator('pre.checker-message mark.checker-missing')).toHaveText('(missing) www-authenticate')
  expect(problems.list()).toEqual([])
})

test('the examples, several responses in a row, and a response marked where a finding concerns a field', async ({ page }) => {
  await open(page)
  await page.getByRole('button', { name: 'curl -i -L through redirects' }).click()
  await expect(status(page)).toHaveText(/^3 responses: /)
  await expect(page.locator('.checker-response summary')).toHaveText([/^Response 1 of 3: 301 /, /^Response 2 of 3: 302 /, /^Response 3 of 3: 200 /])
  const redirect = page.locator('.checker-response').nth(1)
  await expect(redirect.locator('.checker-error')).toContainText('is not a valid URI reference')
  await expect(redirect.locator('pre.checker-message mark')).toHaveText('location: /docs/start here')
})

test('a file dropped on the box, or opened, is checked', async ({ page }) => {
  await open(page)
  await page.locator('input[type="file"]').setInputFiles({ name: 'response.txt', mimeType: 'text/plain', buffer: Buffer.from('HTTP/1.1 204 No Content\nDate: Tue, 10 Jun 2025 09:00:00 GMT\n\nleftover') })
  await expect(page.locator('.checker-error')).toContainText('has no content')
  const har = JSON.stringify({ log: { entries: [{ request: { method: 'GET', url: 'https://example.com/x', headers: [] }, response: { status: 405, statusText: 'Method Not Allowed', headers: [{ name: 'Date', value: 'Tue, 10 Jun 2025 09:00:00 GMT' }], bodySize: 0, content: { size: 0 } } }] } })
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer()
    data.items.add(new File([text], 'page.har', { type: 'application/json' }))
    return data
  }, har)
  await box(page).dispatchEvent('drop', { dataTransfer: transfer })
  await expect(page.locator('.checker-response summary')).toContainText('GET https://example.com/x → 405 Method Not Allowed')
  await expect(page.locator('.checker-error')).toContainText('must carry Allow')
})

test('a 5 MB paste is checked in full while the box shows its start, and stays editable', async ({ page }) => {
  await open(page)
  const body = 'x'.repeat(99) + '\n'
  const huge = `HTTP/1.1 204 No Content\nDate: Tue, 10 Jun 2025 09:00:00 GMT\n\n${body.repeat(52_429)}`
  await box(page).evaluate((element, text) => {
    const data = new DataTransfer()
    data.setData('text/plain', text)
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, huge)
  // The content far past what the box shows is still found: a 204 must have none.
  await expect(page.locator('.checker-error')).toContainText('has no content')
  await expect(page.locator('.checker-held')).toHaveText('The box shows the first 100 KB of 5.0 MB; all of it is checked. Editing the box checks what it shows.')
  expect(await box(page).evaluate((element: HTMLTextAreaElement) => element.value.length)).toBe(100_000)
  // Typing checks the box as it now stands, and the note goes.
  await box(page).fill(UNAUTHORIZED)
  await expect(page.locator('.checker-held')).toBeHidden()
  await expect(status(page)).toHaveText('1 response: 1 error, 0 warnings, 0 notes.')
})

test('input that is not a response gets one message, and hostile text stays text', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await open(page)
  await box(page).fill('hello there')
  await expect(status(page)).toHaveText(/^Expected an HTTP response/)
  await expect(page.locator('.checker-response')).toHaveCount(0)
  const hostile = 'HTTP/1.1 303 See Other\nDate: Tue, 10 Jun 2025 09:00:00 GMT\nLocation: <img src=x onerror=alert(1)>\nX-Note: <script>alert(2)</script>\n\n<b>{{ 7*7 }}</b>'
  await box(page).fill(hostile)
  await expect(page.locator('.checker-error').first()).toContainText('Location "<img src=x onerror=alert(1)>" is not a valid URI reference')
  await expect(page.locator('pre.checker-message')).toContainText('<b>{{ 7*7 }}</b>')
  await expect(page.locator('.checker-results img, .checker-results script, .checker-results b')).toHaveCount(0)
  expect(dialogs).toEqual([])
})

test('what is pasted stays in the page: no request, nothing stored, nothing in the address', async ({ page }) => {
  await open(page)
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  const address = page.url()
  const historyLength = await page.evaluate(() => window.history.length)
  await box(page).fill(`${UNAUTHORIZED}\nX-Secret: hunter2`)
  await expect(status(page)).toHaveText(/^1 response/)
  await page.getByRole('button', { name: '429 made cacheable' }).click()
  await expect(status(page)).toHaveText(/^1 response/)
  await page.locator('input[type="file"]').setInputFiles({ name: 'r.txt', mimeType: 'text/plain', buffer: Buffer.from(UNAUTHORIZED) })
  await expect(status(page)).toHaveText(/^1 response/)
  await page.waitForTimeout(500)
  expect(requests).toEqual([])
  expect(page.url()).toBe(address)
  expect(await page.evaluate(() => [window.history.length, localStorage.length, sessionStorage.length])).toEqual([historyLength, 0, 0])
})

test('from the keyboard: Tab to the box, type, and reach the findings and their links', async ({ page }) => {
  await open(page)
  await box(page).focus()
  await page.keyboard.insertText(UNAUTHORIZED)
  await expect(status(page)).toHaveText(/^1 response/)
  // The examples and the results follow the box in Tab order.
  await page.keyboard.press('Tab')
  await expect(page.locator('.checker-file input')).toBeFocused()
  for (let i = 0; i < 20 && !(await page.locator('.checker-results a').first().evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(page.locator('.checker-results a').first()).toBeFocused()
})

for (const mode of ['light', 'dark'] as const) {
  test(`showing findings, the page has no WCAG 2.1 AA violations (${mode})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: mode })
    await page.addInitScript((m) => localStorage.setItem('vitepress-theme-appearance', m), mode)
    await open(page)
    await page.getByRole('button', { name: 'curl -i -L through redirects' }).click()
    await expect(page.locator('.checker-finding').first()).toBeVisible()
    await page.getByRole('button', { name: '429 made cacheable' }).click()
    await expect(page.locator('.checker-warning').first()).toBeVisible()
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([])
  })
}
