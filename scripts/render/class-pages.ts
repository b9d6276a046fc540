import type { Catalogue, Entry } from '../catalogue/schema.ts'
import { CLASSES, classLabel, classOf, type CodeClass } from '../../kernel/classes.ts'
import { escapeHtml } from './escape.ts'
import { withFrontmatter } from './frontmatter.ts'
import { GENERATED_MARKER, breadcrumbNav } from './page.ts'
import { CACHEABLE_SHORT, METHOD_SHORT } from './describe.ts'
import { codesTable, stackingTable } from './tables.ts'
import { COMPARE_PATH, UNOFFICIAL_PATH, codePath } from '../../kernel/paths.ts'
import { element } from './html.ts'
import type { ComparisonLink } from './comparison-pages.ts'

const HOME_CRUMB = { name: 'Home', path: '/' }

/** What each class means, in our words, beyond the one-line blurb. */
const INTRO: Record<CodeClass['id'], string> = {
  '1xx':
    'A 1xx response is never the end of an exchange. It tells the client that the request is under way, or hands it something to act on early, and the final status still follows on the same connection. Clients that do not understand a particular 1xx code ignore it; HTTP/1.0 clients never see one.',
  '2xx':
    'A 2xx response means the server did what was asked. Which 2xx it is tells the client what came back: the result itself, a pointer to something new, nothing at all, or only part of the content.',
  '3xx':
    'A 3xx response sends the client somewhere else to finish. Most carry a `Location` header that clients follow on their own; they differ in whether the move is permanent, whether a POST may turn into a GET on the way, and whether caches may keep the answer.',
  '4xx':
    'A 4xx response puts the fault with the request: a bad syntax, missing credentials, a resource that does not exist, a method the resource does not support, too much data. Sending the same request again will get the same answer; something about it has to change first.',
  '5xx':
    'A 5xx response means the request may well have been fine but the server, or a gateway, proxy or CDN on the way, could not answer it. Some are temporary and worth retrying after a pause; others need someone to fix the server.',
  other: '',
}

function link(entry: Entry): string {
  return `<a href="${codePath(entry.code)}">${entry.code}</a>`
}

/** Redirects side by side: permanent? method kept? cacheable by default? All from the entries' facts. */
function redirectMatrix(entries: Entry[]): string[] {
  const redirects = entries.filter((entry) => entry.facts.redirect)
  if (redirects.length === 0) return []
  const rows = redirects.map((entry) => {
    const redirect = entry.facts.redirect!
    return { attributes: { 'data-code': String(entry.code) }, cells: [`${link(entry)} ${escapeHtml(entry.name)}`, redirect.permanent ? 'Yes' : 'No', METHOD_SHORT[redirect.method], CACHEABLE_SHORT[entry.facts.cacheable]] }
  })
  return [
    '## Which redirect? {#redirect-matrix}',
    '<p v-pre>The five redirects differ on three questions. Browsers have long turned a POST into a GET on 301 and 302; 307 and 308 were added so a server can forbid that.</p>',
    stackingTable('redirect-matrix', [{ header: 'Code' }, { header: 'Permanent', labelled: true }, { header: 'Method', labelled: true }, { header: 'Cacheable by default', labelled: true }], rows),
  ]
}

/** 401, 403, 404 and 407 side by side: the family people confuse most. */
function accessFamily(entries: Entry[]): string[] {
  const family = [401, 403, 404, 407].flatMap((code) => entries.filter((entry) => entry.code === code))
  if (family.length < 2) return []
  const rows = family.map((entry) => {
    const must = entry.headers.filter((header) => header.requirement === 'must').map((header) => `<code>${escapeHtml(header.name)}</code>`)
    return { attributes: { 'data-code': String(entry.code) }, cells: [`${link(entry)} ${escapeHtml(entry.name)}`, escapeHtml(entry.summary), must.join(', ') || 'None', CACHEABLE_SHORT[entry.facts.cacheable]] }
  })
  return [
    '## 401, 403, 404 or 407? {#access-family}',
    '<p v-pre>Four answers to a request the server will not fulfil as asked. Who is asking for credentials, and whether credentials would help at all, decides between them.</p>',
    stackingTable('access-family', [{ header: 'Code' }, { header: 'What it says' }, { header: 'Required header', labelled: true }, { header: 'Cacheable by default', labelled: true }], rows),
  ]
}

/** The comparison pages with a code of this class in them. */
function comparisonList(cls: CodeClass, comparisons: readonly ComparisonLink[]): string[] {
  const mine = comparisons.filter((comparison) => comparison.codes.some((code) => classOf(code).id === cls.id))
  if (mine.length === 0) return []
  const items = mine.map((comparison) => `<li class="class-comparison">${element('a', { href: comparison.path }, escapeHtml(comparison.title))}: ${escapeHtml(comparison.question)}</li>`)
  return [`## ${cls.id} codes people confuse {#comparisons}`, `<ul class="class-comparisons" v-pre>${items.join('')}</ul>`, `<p v-pre>All comparisons: <a href="${COMPARE_PATH}">codes people confuse</a>.</p>`]
}

function page(title: string, description: string, body: string[]): string {
  return withFrontmatter({ title, description }, `\n${[GENERATED_MARKER, ...body].join('\n\n')}\n`)
}

/** One page per class (/1xx to /5xx) and one for every unofficial code (/unofficial). */
export function renderClassPages(catalogue: Catalogue, comparisons: readonly ComparisonLink[] = []): Map<string, string> {
  const pages = new Map<string, string>()
  for (const cls of CLASSES.filter((c) => c.id !== 'other')) {
    const entries = catalogue.codes.filter((entry) => classOf(entry.code).id === cls.id)
    if (entries.length === 0) continue
    const label = classLabel(cls)
    pages.set(
      `${cls.id}.md`,
      page(`${label} status codes`, `The ${label} HTTP status codes: what the class means and all ${entries.length} of its codes, registered and unofficial.`, [
        breadcrumbNav([HOME_CRUMB, { name: label, path: cls.path }]),
        `# ${label}`,
        `<p class="code-summary" v-pre>${escapeHtml(cls.blurb)}</p>`,
        `<p v-pre>${escapeHtml(INTRO[cls.id]).replace(/`([^`]+)`/g, '<code>$1</code>')} Defined in <a href="https://www.rfc-editor.org/rfc/rfc9110#section-${cls.section}" rel="noreferrer">RFC 9110 §${cls.section}</a>.</p>`,
        `## All ${cls.id} codes`,
        codesTable(entries, 'status'),
        ...(cls.id === '3xx' ? redirectMatrix(entries) : []),
        ...(cls.id === '4xx' ? accessFamily(entries) : []),
        ...comparisonList(cls, comparisons),
      ]),
    )
  }
  const unofficial = catalogue.codes.filter((entry) => entry.lifecycle === 'unofficial')
  if (unofficial.length === 0) return pages
  pages.set(
    'unofficial.md',
    page('Unofficial HTTP status codes', `${unofficial.length} HTTP status codes that are not in the IANA registry but that nginx, Cloudflare, IIS, AWS and others send, and what to use instead.`, [
      breadcrumbNav([HOME_CRUMB, { name: 'Unofficial codes', path: UNOFFICIAL_PATH }]),
      '# Unofficial status codes',
      '<p class="code-summary" v-pre>Codes that products send but no specification registers. Clients that do not know one treat it as the first code of its class (a 520 as a 500); numbers from 600 up fit no class at all.</p>',
      '<p v-pre>Each page says who sends the code, whether a client ever sees it (some exist only in logs), and which registered code a new design should use instead.</p>',
      codesTable(unofficial, 'sender'),
    ]),
  )
  return pages
}
