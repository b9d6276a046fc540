import { createSearch, type Suggestions } from '../../../kernel/search/engine.ts'
import { codeClassLabel, lifecycleBadge } from '../../../kernel/search/labels.ts'
import { createPageSearch } from '../../../kernel/search/pages.ts'
import type { CodeRecord, PageRecord } from '../../../kernel/search/records.ts'
import { classPath, codePath } from '../../../kernel/paths.ts'
import { el } from './dom'
import { today } from './today'

/** The elements one code search works on; the home page renders them, the nav bar dialog builds them. */
interface SearchParts {
  input: HTMLInputElement
  status: HTMLElement
  /** the listbox: each option is a link to a page (a comparison, the guide, the checker) or to a code's page */
  results: HTMLElement
  /** what to offer when nothing matches */
  empty: HTMLElement
  /** the "Copy link" row (home page only) */
  actions?: HTMLElement
  /** the full list of codes, shown while the box is empty (home page only) */
  index?: HTMLElement
}

interface SearchOptions {
  /** prefix of each option's id, unique per page */
  idPrefix: string
  /** keep the query in the address (`/?q=rate+limit`) so reloads and shared links restore it */
  queryInAddress: boolean
}

function codeLink(record: CodeRecord): HTMLAnchorElement {
  return el('a', { href: codePath(record.code) }, `${record.code} ${record.name}`)
}

function linkList(label: string, records: CodeRecord[]): HTMLParagraphElement {
  const paragraph = el('p', {}, `${label}: `)
  records.forEach((record, i) => paragraph.append(codeLink(record), i < records.length - 1 ? ', ' : ''))
  return paragraph
}

function suggestionNodes(query: string, suggestions: Suggestions): HTMLElement[] {
  const nodes: HTMLElement[] = [el('p', {}, 'No code matches “', el('span', { class: 'query-text' }, query), '”.')]
  if (suggestions.byNumber.length) nodes.push(linkList('Nearest by number', suggestions.byNumber))
  if (suggestions.byName.length) nodes.push(linkList('Nearest by name', suggestions.byName))
  if (suggestions.classId) {
    const label = codeClassLabel(Number(suggestions.classId[0]) * 100)
    nodes.push(el('p', {}, 'Or browse the class: ', el('a', { href: classPath(Number(suggestions.classId[0])) }, label), '.'))
  }
  return nodes
}

/** One option of the listbox: where it leads, and what it shows. */
interface Option {
  key: string
  path: string
  /** the name the copy button gives it: "401", "this comparison" */
  copyName: string
  /** a page's option is laid out apart from a code's */
  isPage: boolean
  content: (Node | null)[]
}

const PAGE_KINDS: Record<PageRecord['kind'], string> = { comparison: 'Compare', guide: 'Guide', check: 'Checker' }

function pageOption(page: PageRecord): Option {
  return {
    key: page.path.slice(1),
    path: page.path,
    copyName: page.kind === 'comparison' ? page.codes!.join(' vs ') : page.kind === 'guide' ? 'the guide' : 'the checker',
    isPage: true,
    content: [el('span', { class: 'result-kind' }, PAGE_KINDS[page.kind]), el('span', { class: 'result-name' }, page.title), el('span', { class: 'result-summary' }, page.summary)],
  }
}

function codeOption(record: CodeRecord): Option {
  const badge = lifecycleBadge(record, today())
  return {
    key: String(record.code),
    path: codePath(record.code),
    copyName: String(record.code),
    isPage: false,
    content: [
      el('span', { class: 'result-code' }, String(record.code)),
      el('span', { class: 'result-name' }, record.name),
      badge ? el('span', { class: `code-badge code-badge-${record.lifecycle}` }, badge) : null,
      el('span', { class: 'result-class' }, codeClassLabel(record.code)),
      el('span', { class: 'result-summary' }, record.summary),
    ],
  }
}

const PAGE_NOUNS: Record<PageRecord['kind'], string> = { comparison: 'comparison', guide: 'guide page', check: 'checker page' }

/** The live count: "1 comparison, then 2 matching codes". */
function statusText(pages: readonly PageRecord[], codes: number): string {
  const codeText = `${codes} matching code${codes === 1 ? '' : 's'}`
  if (pages.length === 0) return codes === 0 ? 'No matching codes' : codeText
  const pageText = pages.length === 1 ? `1 ${PAGE_NOUNS[pages[0]!.kind]}` : `${pages.length} pages`
  return codes === 0 ? `${pageText}, and no matching code` : `${pageText}, then ${codeText}`
}

/** Wires a search box to its results: typing, arrow keys, Enter, Escape, and the address. */
export function attachCodeSearch(parts: SearchParts, options: SearchOptions): { setQuery(query: string): void; preload(): void } {
  const { input, status, results, empty, actions, index: codeList } = parts
  // The data loads and the index is built on first need, not while the page loads, so loading
  // the page stays free of long tasks. Whatever was typed meanwhile is searched once it is ready.
  let data: { codes: CodeRecord[]; pages: PageRecord[] } | undefined
  let engine: { codes: ReturnType<typeof createSearch>; pages: ReturnType<typeof createPageSearch> } | undefined
  let loading: Promise<void> | undefined
  function preload(): void {
    loading ??= import('./search-data').then(
      (file) => {
        data = { codes: file.codes, pages: file.pages }
        if (hasQuery()) render()
      },
      () => {
        loading = undefined // the next keystroke tries again
        if (hasQuery()) status.textContent = 'The search data did not load. Check the connection and type again.'
      },
    )
  }
  /** The search index, or nothing yet while the data loads. */
  function ready(): typeof engine {
    if (!data) preload()
    else engine ??= { codes: createSearch(data.codes), pages: createPageSearch(data.pages) }
    return engine
  }
  let shown: Option[] = []
  let active = 0
  let urlTimer: ReturnType<typeof setTimeout> | undefined

  const optionId = (option: Option) => `${options.idPrefix}-option-${option.key}`
  const hasQuery = () => input.value.trim() !== ''

  /**
   * A result is a real link to its page, so Ctrl/Cmd-click, middle-click and the link's
   * context menu work, and hovering shows where it goes. It is an option of the listbox, out of
   * the Tab order: the keyboard stays in the box (arrow keys and Enter), as the combobox pattern has it.
   */
  function optionNode(shownOption: Option, i: number): HTMLAnchorElement {
    const classes = [shownOption.isPage ? 'result-page' : '', i === active ? 'active' : ''].filter(Boolean).join(' ')
    const option = el(
      'a',
      { id: optionId(shownOption), href: shownOption.path, role: 'option', tabindex: '-1', 'aria-selected': String(i === active), class: classes || undefined },
      ...shownOption.content,
    )
    // The link itself navigates; first the query goes into the address, so Back returns to these results.
    option.addEventListener('click', () => syncUrl())
    option.addEventListener('mousemove', () => {
      if (active !== i) setActive(i, false)
    })
    return option
  }

  function renderActions(): void {
    if (!actions) return
    const option = shown[active]
    actions.replaceChildren()
    actions.hidden = !option
    if (!option) return
    const button = el('button', { type: 'button', class: 'copy-link' }, `Copy link to ${option.copyName}`)
    const copyStatus = el('span', { class: 'copy-status', role: 'status' })
    button.addEventListener('click', () => void copyLink(option.path, copyStatus))
    actions.append(button, copyStatus)
  }

  function setActive(i: number, scroll: boolean): void {
    results.children[active]?.classList.remove('active')
    results.children[active]?.setAttribute('aria-selected', 'false')
    active = i
    const option = results.children[active]
    option?.classList.add('active')
    option?.setAttribute('aria-selected', 'true')
    if (option) input.setAttribute('aria-activedescendant', option.id)
    if (scroll) option?.scrollIntoView({ block: 'nearest' })
    renderActions()
  }

  function render(): void {
    const query = input.value
    const index = hasQuery() ? ready() : undefined
    const found = index ? index.codes.lookup(query) : { results: [], sides: [] }
    const pages = index ? index.pages.search(query, found.sides) : []
    const codes = found.results
    shown = [...pages.map(pageOption), ...codes.map((result) => codeOption(result.record))]
    active = 0
    const n = shown.length
    status.textContent = !hasQuery() ? '' : !index ? 'Searching…' : statusText(pages, codes.length)
    const fragment = document.createDocumentFragment()
    shown.forEach((result, i) => fragment.append(optionNode(result, i)))
    results.replaceChildren(fragment)
    results.hidden = n === 0
    input.setAttribute('aria-expanded', String(n > 0))
    if (n > 0) input.setAttribute('aria-activedescendant', optionId(shown[0]!))
    else input.removeAttribute('aria-activedescendant')
    empty.replaceChildren(...(index && n === 0 ? suggestionNodes(query, index.codes.suggest(query)) : []))
    empty.hidden = !index || n > 0
    if (codeList) codeList.hidden = hasQuery()
    renderActions()
  }

  function syncUrl(): void {
    clearTimeout(urlTimer)
    if (!options.queryInAddress) return
    const url = new URL(location.href)
    if (hasQuery()) url.searchParams.set('q', input.value)
    else url.searchParams.delete('q')
    if (url.href !== location.href) history.replaceState(history.state, '', url)
  }

  function open(option: Option | undefined): void {
    if (!option) return
    syncUrl() // so Back returns to these results
    location.assign(option.path)
  }

  function move(step: number): void {
    const n = shown.length
    if (n > 0) setActive((active + step + n) % n, true)
  }

  input.addEventListener('input', () => {
    render()
    if (!options.queryInAddress) return
    // The address follows the query once typing pauses: browsers refetch the tab icon on every
    // address change, and this keeps keystrokes free of network traffic.
    clearTimeout(urlTimer)
    urlTimer = setTimeout(syncUrl, 400)
  })
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') move(1)
    else if (event.key === 'ArrowUp') move(-1)
    else if (event.key === 'Enter') open(shown[active])
    else if (event.key === 'Escape' && hasQuery()) setQuery('')
    else return
    event.preventDefault()
  })

  function setQuery(query: string): void {
    input.value = query
    render()
    syncUrl()
  }

  if (options.queryInAddress) {
    const fromAddress = () => setQuery(new URL(location.href).searchParams.get('q') ?? '')
    window.addEventListener('popstate', fromAddress)
    window.addEventListener('pageshow', fromAddress)
    fromAddress()
  } else render()
  return { setQuery, preload }
}

function canonicalUrl(path: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.origin
  return new URL(path, canonical).href
}

async function copyLink(path: string, copyStatus: HTMLElement): Promise<void> {
  const url = canonicalUrl(path)
  try {
    await navigator.clipboard.writeText(url)
    copyStatus.textContent = `Copied ${url}`
  } catch {
    copyStatus.textContent = `Copy failed: the link is ${url}`
  }
}
