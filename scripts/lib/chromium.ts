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

function findSystemBrowser(): string | undefined {
  for (const name of SYSTEM_BROWSERS) {
    const path = onPath(name)
    if (path) return path
  }
  return undefined
}

/**
 * On a fresh Debian machine where we are root, install Debian's Chromium (Playwright's own
 * download cannot work offline), saying so first. Anywhere else, do nothing.
 */
function installDebianChromium(): string | undefined {
  if (process.getuid?.() !== 0 || !onPath('apt-get') || process.env.HTTPCODES_NO_BROWSER_INSTALL) return undefined
  console.log('No Chromium found: installing Debian\'s chromium package (set HTTPCODES_NO_BROWSER_INSTALL=1 to prevent this).')
  try {
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation'], { stdio: 'inherit' })
  } catch {
    return undefined
  }
  return findSystemBrowser()
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
  const system = findSystemBrowser() ?? installDebianChromium()
  if (system) return { executablePath: system, args: FLAGS }
  throw new Error(
    'No Chromium found for the browser tests. Install one with `apt-get install -y chromium` (Debian/Ubuntu), ' +
      '`npx playwright install chromium` where downloads work, or set CHROMIUM_PATH to a Chrome/Chromium binary.',
  )
}
