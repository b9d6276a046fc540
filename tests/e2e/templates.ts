import { builtPages } from '../site/model.ts'

/**
 * One page of every kind the site has. The static checks in tests/site/ read every page; the
 * browser runs what needs a browser on these.
 */
export const TEMPLATES: { name: string; path: string; status?: number }[] = [
  { name: 'home', path: '/' },
  { name: 'home with search results', path: '/?q=rate+limit' },
  { name: 'code page', path: '/511' },
  { name: 'code page with other meanings', path: '/499' },
  { name: 'code page with a lifecycle notice', path: '/104' },
  { name: 'unofficial code page', path: '/520' },
  { name: 'class page', path: '/4xx' },
  { name: 'class page with the redirect table', path: '/3xx' },
  { name: 'list of every code', path: '/codes' },
  { name: 'unofficial codes', path: '/unofficial' },
  { name: 'response checker', path: '/check' },
  { name: 'decision guide, first question', path: '/guide' },
  { name: 'decision guide, a later question', path: '/guide/moved-temporary' },
  { name: 'comparison of two codes', path: '/401-vs-403' },
  { name: 'comparison of three codes', path: '/413-vs-414-vs-431' },
  { name: 'index of comparisons', path: '/compare' },
  { name: 'not-found page', path: '/999999', status: 404 },
]

/**
 * Code examples are coloured per token, so a page's colours depend on its examples: the fewest
 * built pages that together show every token colour (light and dark) of the site, for axe.
 */
export function pagesShowingEveryTokenColour(): string[] {
  const colours = new Map<string, Set<string>>()
  for (const page of builtPages().values()) {
    const found = new Set(page.$('.vp-code span[style]').map((_, span) => page.$(span).attr('style')!.toLowerCase()).get())
    if (found.size) colours.set(page.path, found)
  }
  const missing = new Set([...colours.values()].flatMap((set) => [...set]))
  const chosen: string[] = []
  while (missing.size) {
    const [best] = [...colours].sort(([a, x], [b, y]) => [...y].filter((c) => missing.has(c)).length - [...x].filter((c) => missing.has(c)).length || a.localeCompare(b))
    chosen.push(best![0])
    for (const colour of best![1]) missing.delete(colour)
  }
  return chosen.sort()
}
