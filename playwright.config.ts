import { defineConfig, devices } from '@playwright/test'
import { findChromium } from './scripts/lib/chromium.ts'
import { freePortSync } from './scripts/lib/net.ts'

// Workers load this file again; the port chosen by the first load travels to them in the environment.
process.env.E2E_PORT ??= String(process.env.PORT ?? freePortSync())
const port = Number(process.env.E2E_PORT)
const baseURL = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Generous limits: a busy 2-core machine can take seconds to render a page.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Browser tests mostly wait on the network and the renderer, so three workers suit two cores.
  workers: 3,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    launchOptions: findChromium(),
    // The service worker precaches the whole site on a first visit; in every fresh test context that
    // would be hundreds of requests before the network goes idle. Tests of offline use and of
    // the service worker under nginx allow it themselves.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: findChromium() } }],
  webServer: {
    // The built site, served the way `npm start` serves it. Never an unrelated server on the same port.
    command: `npx vitepress preview . --host 127.0.0.1 --port ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
})
