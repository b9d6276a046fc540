// The decision guide (/guide): every question is a static page and every answer a plain link, so
// the guide works without this script. With it, an answer to the next question swaps in that
// question without a full page load (its page is fetched, usually ahead of the click), the
// address follows, Back and Forward work, and focus moves to the new question.
const cache = new Map<string, Promise<Document>>()

function isGuidePath(path: string): boolean {
  return path === '/guide' || path.startsWith('/guide/')
}

function fetchPage(path: string): Promise<Document> {
  let page = cache.get(path)
  if (!page) {
    page = fetch(path, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`${path}: ${response.status}`)
        return response.text()
      })
      .then((html) => new DOMParser().parseFromString(html, 'text/html'))
    page.catch(() => cache.delete(path)) // try again next time
    cache.set(path, page)
  }
  return page
}

/** The guide link a click or a hover is about, if it is one this script can handle. */
function guideLink(target: EventTarget | null): HTMLAnchorElement | undefined {
  const link = target instanceof Element ? target.closest<HTMLAnchorElement>('a[href]') : null
  if (!link || !link.closest('.guide')) return undefined
  const url = new URL(link.href)
  return url.origin === location.origin && isGuidePath(url.pathname) ? link : undefined
}

async function show(path: string, push: boolean): Promise<void> {
  let next: Document
  try {
    next = await fetchPage(path)
  } catch {
    location.assign(path) // the page load shows whatever the server says
    return
  }
  const incoming = next.querySelector('.guide')
  const current = document.querySelector('.guide')
  if (!incoming || !current) {
    location.assign(path)
    return
  }
  current.replaceWith(document.importNode(incoming, true))
  document.title = next.title
  for (const selector of ['link[rel="canonical"]', 'meta[name="description"]']) {
    const from = next.querySelector(selector)
    const to = document.querySelector(selector)
    if (from && to) to.replaceWith(document.importNode(from, true))
  }
  if (push) history.pushState({ guide: path }, '', path)
  window.scrollTo({ top: 0 })
  document.querySelector<HTMLElement>('.guide h1')?.focus()
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  const link = guideLink(event.target)
  if (!link) return
  event.preventDefault()
  void show(new URL(link.href).pathname, true)
})

// Fetch a question's page as soon as the pointer or focus is on its answer: it is ready by the click.
for (const type of ['pointerover', 'focusin', 'touchstart'] as const) {
  document.addEventListener(type, (event) => {
    const link = guideLink(event.target)
    if (link) void fetchPage(new URL(link.href).pathname).catch(() => undefined)
  }, { passive: true })
}

history.replaceState({ guide: location.pathname }, '')
window.addEventListener('popstate', (event) => {
  if ((event.state as { guide?: string } | null)?.guide !== undefined && isGuidePath(location.pathname)) void show(location.pathname, false)
})

// A module: site.ts imports it on the guide's pages.
export {}
