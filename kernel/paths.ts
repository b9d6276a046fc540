/** Every page URL of the site is built here, so a published address is written in one place. */

export const HOME_PATH = '/'
export const CODES_PATH = '/codes'
export const UNOFFICIAL_PATH = '/unofficial'
export const GUIDE_PATH = '/guide'
export const CHECK_PATH = '/check'
export const COMPARE_PATH = '/compare'

/** The page of one status code: `/511`. */
export function codePath(code: number): string {
  return `/${code}`
}

/** The page of a status code class: `/5xx`. */
export function classPath(digit: number): string {
  return `/${digit}xx`
}

/** A question of the decision guide: the first one is `/guide`, the others `/guide/<id>`. */
export function guidePath(id: string, startId: string): string {
  return id === startId ? GUIDE_PATH : `${GUIDE_PATH}/${id}`
}

/** A comparison of codes people confuse, the codes in ascending order: `/401-vs-403`, `/413-vs-414-vs-431`. */
export function comparisonPath(codes: readonly number[]): string {
  return `/${[...codes].sort((a, b) => a - b).join('-vs-')}`
}

/** The file under docs/ that VitePress serves at a path: `/511` is `511.md`, `/` is `index.md`. */
export function pageFile(path: string): string {
  if (path === HOME_PATH) return 'index.md'
  return `${path.slice(1)}.md`
}

/** The path VitePress serves a file under docs/ at: the inverse of pageFile. */
export function pathOfFile(relativePath: string): string {
  return `/${relativePath.replace(/\.md$/, '').replace(/(^|\/)index$/, '$1')}`
}
