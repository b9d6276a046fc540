/** Site-wide constants, shared by the generator, the VitePress config and the tests. */

export const DEFAULT_SITE_URL = 'https://httpcodes.shadowlanes.com'

/** The public origin the site is deployed at; `SITE_URL=https://example.org npm run build` overrides it. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as ${DEFAULT_SITE_URL}, received "${raw}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must use http or https, received "${raw}"`)
  return url.href.replace(/\/+$/, '')
}

export const SITE_TITLE = 'httpcodes'
export const SITE_DESCRIPTION =
  'Every HTTP status code explained: meaning, when to use it, a real example, what to use instead, and the spec that defines it.'
export const PUBLISHER = 'httpcodes'

export const CATALOGUE_FILE = 'data/status-codes.json'
export const GUIDE_FILE = 'data/guide.json'
export const COMPARISONS_FILE = 'data/comparisons.json'
export const DOCS_DIR = 'docs'

/** The data the generator reads. */
export interface DataFiles {
  catalogueFile: string
  guideFile?: string
  comparisonsFile?: string
}

/**
 * The data files, overridable from the environment: CATALOGUE=, and GUIDE= or COMPARISONS= set
 * empty to build without them, as the tests of other catalogues do.
 */
export function dataFiles(env: Record<string, string | undefined> = process.env): DataFiles {
  return {
    catalogueFile: env.CATALOGUE || CATALOGUE_FILE,
    guideFile: (env.GUIDE ?? GUIDE_FILE) || undefined,
    comparisonsFile: (env.COMPARISONS ?? COMPARISONS_FILE) || undefined,
  }
}

export function absoluteUrl(path: string, base = siteUrl()): string {
  return path === '/' ? `${base}/` : `${base}${path}`
}
