import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { chromium, type LaunchOptions } from '@playwright/test'

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
]

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']

function onPath(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

/**
 * Playwright's own Chromium when it is installed, else a system Chromium or Chrome
 * (CHROMIUM_PATH overrides both). Fails with instructions when there is none.
 */
export function findChromium(): LaunchOptions {
  const explicit = process.env.CHROMIUM_PATH
  if (explicit) return { executablePath: explicit, args: FLAGS }
  let bundled: string | undefined
  try {
    bundled = chromium.executablePath()
  } catch {
    bundled = undefined
  }
  if (bundled && existsSync(bundled)) return { args: FLAGS }
  for (const name of SYSTEM_BROWSERS) {
    const path = onPath(name)
    if (path) return { executablePath: path, args: FLAGS }
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one with `apt-get install -y chromium` (Debian/Ubuntu), ' +
      '`npx playwright install chromium` where downloads work, or set CHROMIUM_PATH to a Chrome/Chromium binary.',
  )
}
