import type { Catalogue, Entry } from '../catalogue/schema.ts'
import type { Comparison, Comparisons } from '../comparisons/schema.ts'
import type { Guide } from '../guide/schema.ts'
import { plainText } from '../catalogue/prose.ts'
import { classLabel, classOf } from '../../kernel/classes.ts'
import { COMPARE_PATH, codePath, comparisonPath, guidePath, pageFile } from '../../kernel/paths.ts'
import { escapeHtml } from './escape.ts'
import { element, inlineProseHtml, proseToHtml } from './html.ts'
import { withFrontmatter } from './frontmatter.ts'
import { breadcrumbNav, generatedMarker } from './page.ts'
import { sourceLink } from './sources.ts'
import { CACHEABLE_SHORT, METHOD_SHORT, pageTitle } from './describe.ts'

const MARKER = generatedMarker('data/comparisons.json', 'comparisons')

/** Longer titles leave out " | httpcodes": a tab or a search result cuts them anyway. */
const TITLE_LIMIT = 70
const TITLE_SUFFIX = ' | httpcodes'
const DESCRIPTION_LIMIT = 200

export const COMPARE_TITLE = 'Codes people confuse'

/** A comparison as the pages that link to it see it. */
export interface ComparisonLink {
  path: string
  /** "401 Unauthorized vs 403 Forbidden" */
  title: string
  codes: readonly number[]
  question: string
}

type Names = ReadonlyMap<number, string>

export function comparisonTitle(codes: readonly number[], names: Names): string {
  return codes.map((code) => pageTitle({ code, name: names.get(code) ?? '' })).join(' vs ')
}

export function comparisonLinks(comparisons: Comparisons, names: Names): ComparisonLink[] {
  return comparisons.comparisons.map((comparison) => ({ path: comparisonPath(comparison.codes), title: comparisonTitle(comparison.codes, names), codes: comparison.codes, question: comparison.question }))
}

/** For each code, the comparisons it is part of, for its page's Related section. */
export function comparisonsByCode(links: readonly ComparisonLink[]): Map<number, ComparisonLink[]> {
  const index = new Map<number, ComparisonLink[]>()
  for (const link of links) for (const code of link.codes) index.set(code, [...(index.get(code) ?? []), link])
  return index
}

const cite = (source: Entry['sources'][number]) => {
  const { label, url } = sourceLink(source)
  return element('a', { href: url, rel: 'noreferrer' }, escapeHtml(label))
}

/** The facts of each code side by side, every cell from the catalogue; on a phone it stacks as `stackingTable`'s tables do. */
function factsTable(entries: Entry[]): string {
  const redirects = entries.some((entry) => entry.facts.redirect)
  const rows: [string, (entry: Entry) => string][] = [
    ['Class', (entry) => element('a', { href: classOf(entry.code).path }, escapeHtml(classLabel(classOf(entry.code))))],
    ['Meaning', (entry) => escapeHtml(entry.summary)],
    ['Cacheable by default', (entry) => CACHEABLE_SHORT[entry.facts.cacheable]],
    ['Body', (entry) => (entry.facts.body === 'none' ? 'None' : 'Allowed')],
    ...(redirects
      ? ([
          ['Permanent', (entry) => (entry.facts.redirect ? (entry.facts.redirect.permanent ? 'Yes' : 'No') : 'Not a redirect')],
          ['Method on the new request', (entry) => (entry.facts.redirect ? METHOD_SHORT[entry.facts.redirect.method] : 'Not a redirect')],
        ] satisfies [string, (entry: Entry) => string][])
      : []),
    ['Retry', (entry) => inlineProseHtml(entry.facts.retry)],
    [
      'Headers that go with it',
      (entry) =>
        entry.headers.length === 0
          ? 'None required'
          : entry.headers.map((header) => `<code>${escapeHtml(header.name)}</code> (${header.requirement.toUpperCase()}${header.condition ? escapeHtml(`, ${header.condition}`) : ''})`).join(', '),
    ],
    ['Defined in', (entry) => cite(entry.sources[0]!)],
  ]
  const head = `<tr><td></td>${entries.map((entry) => `<th scope="col">${element('a', { href: codePath(entry.code) }, escapeHtml(pageTitle(entry)))}</th>`).join('')}</tr>`
  const body = rows.map(
    ([label, cell]) =>
      `<tr><th scope="row">${escapeHtml(label)}</th>${entries.map((entry) => `<td data-code="${entry.code}" data-label="${escapeHtml(String(entry.code))}">${cell(entry)}</td>`).join('')}</tr>`,
  )
  return `<table class="compare-facts stacks" v-pre><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`
}

/** A Markdown heading, so the outline lists it; its text is ours and numbers only, never catalogue text. */
function heading(id: string, text: string): string {
  return `## ${text} {#${id}}`
}

function sides(comparison: Comparison): string[] {
  return comparison.sides.flatMap((side) => [
    heading(`send-${side.code}`, `When to send ${side.code}`),
    proseToHtml(side.sendWhen),
    `<div class="compare-example" v-pre><p class="compare-example-label">Example</p>${proseToHtml(side.example).replace(/<p v-pre>/g, '<p>')}</div>`,
  ])
}

function guideSection(comparison: Comparison, guide: Guide | undefined): string[] {
  const question = guide?.questions.find((q) => q.id === comparison.guide)
  if (!guide || !question) return []
  return [
    heading('in-the-guide', 'In the guide'),
    `<p v-pre>The <a href="${guidePath(guide.start, guide.start)}">decision guide</a> separates them with one question: ${element('a', { href: guidePath(question.id, guide.start), class: 'compare-guide' }, escapeHtml(question.question))}</p>`,
  ]
}

/** Both (or all three) code pages, and the other comparisons that share one of the codes. */
function seeAlso(comparison: Comparison, entries: Entry[], links: readonly ComparisonLink[]): string[] {
  const own = comparisonPath(comparison.codes)
  const codes = entries.map((entry) => `<li>${element('a', { href: codePath(entry.code), class: 'compare-code' }, escapeHtml(pageTitle(entry)))}: ${escapeHtml(entry.summary)}</li>`)
  const others = links.filter((link) => link.path !== own && link.codes.some((code) => comparison.codes.includes(code)))
  const other = others.map((link) => `<li>${element('a', { href: link.path }, escapeHtml(link.title))}: ${escapeHtml(link.question)}</li>`)
  return [
    heading('code-pages', 'The code pages'),
    `<ul class="compare-codes" v-pre>${codes.join('')}</ul>`,
    ...(other.length ? [heading('other-comparisons', 'Other comparisons'), `<ul class="compare-others" v-pre>${other.join('')}</ul>`] : []),
  ]
}

/** The tab title: the full names when they fit, else the numbers alone ("413 vs 414 vs 431"). */
function headTitle(title: string, codes: readonly number[]): { title: string; titleTemplate?: false } {
  if (title.length + TITLE_SUFFIX.length <= TITLE_LIMIT) return { title }
  if (title.length <= TITLE_LIMIT) return { title, titleTemplate: false }
  return { title: `${codes.join(' vs ')}: which status code?` }
}

/** "401 Unauthorized or 403 Forbidden? Would logging in …" within the length search engines show. */
function description(comparison: Comparison, title: string): string {
  const text = `${title.replace(/ vs /g, ' or ')}? ${comparison.question} ${plainText(comparison.answer)}`
  return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1).replace(/[\s,;:(]+\S*$/, '')}…`
}

/** Home › Codes people confuse: the trail of /compare, and the start of each comparison's. */
const COMPARE_TRAIL = [
  { name: 'Home', path: '/' },
  { name: COMPARE_TITLE, path: COMPARE_PATH },
]

export function comparisonBreadcrumbs(title: string, path: string): { name: string; path: string }[] {
  return [...COMPARE_TRAIL, { name: title, path }]
}

function renderComparison(comparison: Comparison, byCode: ReadonlyMap<number, Entry>, links: readonly ComparisonLink[], guide: Guide | undefined): string {
  const entries = comparison.codes.map((code) => byCode.get(code)!)
  const names = new Map(entries.map((entry) => [entry.code, entry.name]))
  const title = comparisonTitle(comparison.codes, names)
  const path = comparisonPath(comparison.codes)
  const crumbs = comparisonBreadcrumbs(title, path)
  const body = [
    MARKER,
    breadcrumbNav(crumbs),
    `<h1 id="top" tabindex="-1" v-pre>${escapeHtml(title)}</h1>`,
    `<div class="compare-answer" v-pre><p class="compare-question">${escapeHtml(comparison.question)}</p><p>${inlineProseHtml(comparison.answer)}</p></div>`,
    heading('side-by-side', 'Side by side'),
    factsTable(entries),
    ...sides(comparison),
    heading('mistakes', 'Common mistakes'),
    `<ul class="compare-mistakes" v-pre>${comparison.mistakes.map((mistake) => `<li>${inlineProseHtml(mistake)}</li>`).join('')}</ul>`,
    heading('clients', 'What clients do differently'),
    proseToHtml(comparison.clients),
    ...guideSection(comparison, guide),
    ...seeAlso(comparison, entries, links),
    heading('sources', 'Sources'),
    `<ul v-pre>${comparison.sources.map((source) => `<li>${cite(source)}</li>`).join('')}</ul>`,
  ]
  const codes = comparison.codes.map(String)
  return withFrontmatter(
    {
      ...headTitle(title, comparison.codes),
      description: description(comparison, title),
      keywords: [...new Set([codes.join(' vs '), codes.join(' or '), ...entries.map((entry) => pageTitle(entry)), ...comparison.keywords])],
      sidebar: false,
      prev: false,
      next: false,
      breadcrumbs: crumbs,
      comparison: comparison.codes,
    },
    `\n${body.join('\n\n')}\n`,
  )
}

/** /compare: every comparison, grouped by the class of its first code. */
function renderIndex(links: readonly ComparisonLink[]): string {
  const groups = new Map<string, ComparisonLink[]>()
  for (const link of links) {
    const label = classLabel(classOf(link.codes[0]!))
    groups.set(label, [...(groups.get(label) ?? []), link])
  }
  const sections = [...groups].flatMap(([label, group]) => [
    `## ${label}`,
    `<ul class="compare-index" v-pre>${group.map((link) => `<li>${element('a', { href: link.path }, escapeHtml(link.title))}: ${escapeHtml(link.question)}</li>`).join('')}</ul>`,
  ])
  return withFrontmatter(
    {
      title: COMPARE_TITLE,
      description: `${links.length} pairs of HTTP status codes that are easy to mix up, such as 401 and 403 or 502 and 504, each decided by one question and compared fact by fact.`,
      sidebar: false,
      prev: false,
      next: false,
      breadcrumbs: COMPARE_TRAIL,
    },
    `\n${[
      MARKER,
      breadcrumbNav(COMPARE_TRAIL),
      `# ${COMPARE_TITLE}`,
      '<p class="code-summary" v-pre>Status codes that sound alike, side by side. Each page starts with the one question that decides between them.</p>',
      ...sections,
    ].join('\n\n')}\n`,
  )
}

/** One page per comparison at /<a>-vs-<b>, and /compare listing them all. */
export function renderComparisonPages(comparisons: Comparisons, catalogue: Catalogue, guide?: Guide): Map<string, string> {
  const byCode = new Map(catalogue.codes.map((entry) => [entry.code, entry]))
  const names = new Map(catalogue.codes.map((entry) => [entry.code, entry.name]))
  const links = comparisonLinks(comparisons, names)
  const pages = new Map<string, string>()
  const sorted = [...comparisons.comparisons].sort((a, b) => comparisonPath(a.codes).localeCompare(comparisonPath(b.codes)))
  for (const comparison of sorted) pages.set(pageFile(comparisonPath(comparison.codes)), renderComparison(comparison, byCode, links, guide))
  if (links.length) pages.set(pageFile(COMPARE_PATH), renderIndex(links))
  return pages
}
