import { el } from './dom'
import { syncSwitches } from './appearance'

/** Escape closes whatever is open and puts focus back on the button that opened it. */
const closers: (() => boolean)[] = []
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return
  for (const close of closers) if (close()) event.preventDefault()
})

const isExpanded = (button: HTMLElement) => button.getAttribute('aria-expanded') === 'true'

interface ClosableOptions {
  /** a media query past which the menu is not used: the screen growing past it closes the menu */
  wide?: string
  /** a click anywhere outside this element closes the menu */
  within?: HTMLElement
}

/**
 * A menu opened by `button`, whose aria-expanded is its state: Escape closes it and puts focus
 * back on the button; so can a wider screen or a click elsewhere (options).
 */
function closable(button: HTMLElement, setOpen: (open: boolean) => void, { wide, within }: ClosableOptions = {}): void {
  closers.push(() => {
    if (!isExpanded(button)) return false
    setOpen(false)
    button.focus()
    return true
  })
  if (wide) {
    matchMedia(wide).addEventListener('change', (event) => {
      if (event.matches) setOpen(false)
    })
  }
  if (within) {
    document.addEventListener('click', (event) => {
      if (isExpanded(button) && event.target instanceof Node && !within.contains(event.target)) setOpen(false)
    })
  }
}

/** The hamburger menu below 768px: the nav bar links and the colour-scheme switch. */
function installNavScreen(): void {
  const hamburger = document.querySelector<HTMLButtonElement>('.VPNavBarHamburger')
  const header = document.querySelector('header.VPNav')
  if (!hamburger || !header) return
  let screen: HTMLElement | undefined

  function build(): HTMLElement {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.VPNavBarMenu a')].map((link) =>
      el('li', {}, el('a', { href: link.getAttribute('href') ?? '/' }, link.textContent?.trim() ?? '')),
    )
    const appearance = document.querySelector('.VPSwitchAppearance')?.cloneNode(true) as HTMLElement | undefined
    const built = el(
      'div',
      { id: 'VPNavScreen', class: 'nav-screen', hidden: '' },
      el('nav', { 'aria-label': 'Main navigation' }, el('ul', {}, el('li', {}, el('a', { href: '/' }, 'Search codes')), ...links)),
      appearance ? el('div', { class: 'nav-screen-appearance' }, el('span', { id: 'nav-screen-appearance-label' }, 'Dark theme'), appearance) : null,
    )
    appearance?.setAttribute('aria-labelledby', 'nav-screen-appearance-label')
    header!.after(built)
    syncSwitches()
    return built
  }

  function setOpen(open: boolean): void {
    screen ??= build()
    screen.hidden = !open
    hamburger!.classList.toggle('active', open)
    hamburger!.setAttribute('aria-expanded', String(open))
    document.documentElement.classList.toggle('nav-screen-open', open)
  }

  hamburger.addEventListener('click', () => setOpen(!isExpanded(hamburger)))
  closable(hamburger, setOpen, { wide: '(min-width: 768px)' })
}

/** The "Menu" button below 960px slides the sidebar in. */
function installSidebarToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('.VPLocalNav button.menu')
  const sidebar = document.querySelector<HTMLElement>('.VPSidebar')
  if (!button || !sidebar) return
  const backdrop = el('div', { class: 'sidebar-backdrop', hidden: '' })
  sidebar.before(backdrop)

  function setOpen(open: boolean): void {
    sidebar!.classList.toggle('open', open)
    backdrop.hidden = !open
    button!.setAttribute('aria-expanded', String(open))
    if (open) sidebar!.querySelector<HTMLElement>('#VPSidebarNav')?.focus()
  }

  button.addEventListener('click', () => setOpen(!isExpanded(button)))
  backdrop.addEventListener('click', () => setOpen(false))
  closable(button, setOpen, { wide: '(min-width: 960px)' })
}

/** Nav bar drop-down menus ("..." between 768px and 1280px holds the colour-scheme switch). */
function installFlyouts(): void {
  for (const flyout of document.querySelectorAll<HTMLElement>('.VPFlyout')) {
    const button = flyout.querySelector<HTMLButtonElement>(':scope > .button')
    if (!button) continue
    const setOpen = (open: boolean) => button.setAttribute('aria-expanded', String(open))
    button.addEventListener('click', () => setOpen(!isExpanded(button)))
    flyout.addEventListener('focusout', (event) => {
      if (!(event.relatedTarget instanceof Node) || !flyout.contains(event.relatedTarget)) setOpen(false)
    })
    closable(button, setOpen, { within: flyout })
  }
}

/** Sidebar sections fold and unfold from their caret, by mouse or keyboard. */
function installSidebarSections(): void {
  for (const caret of document.querySelectorAll<HTMLElement>('.VPSidebarItem.collapsible > .item > .caret')) {
    const section = caret.closest('.VPSidebarItem')!
    const sync = () => caret.setAttribute('aria-expanded', String(!section.classList.contains('collapsed')))
    const toggle = () => {
      section.classList.toggle('collapsed')
      sync()
    }
    sync()
    caret.addEventListener('click', toggle)
    caret.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      event.preventDefault()
      toggle()
    })
  }
}

/** Back to the top of the page, with focus there too (where a page load would put it). */
function returnToTop(): void {
  window.scrollTo({ top: 0 })
  document.querySelector<HTMLElement>('#app span[tabindex="-1"]')?.focus({ preventScroll: true })
}

/**
 * Below 1280px, where the aside is not shown, the local nav offers "On this page": the page's
 * sections and "Return to top" (components/LocalNavOutline.vue renders the list). A page without sections
 * gets only the "Return to top" button.
 */
function installLocalOutline(): void {
  const dropdown = document.querySelector<HTMLElement>('.VPLocalNavOutlineDropdown')
  const button = dropdown?.querySelector<HTMLButtonElement>(':scope > button')
  if (!dropdown || !button) return
  const panel = dropdown.querySelector<HTMLElement>('#local-outline')
  if (!panel) {
    button.addEventListener('click', returnToTop)
    return
  }

  function setOpen(open: boolean): void {
    if (open) {
      // The theme's panel is as tall as the screen below the bars (its CSS reads --vp-vh).
      const navHeight = parseInt(getComputedStyle(document.documentElement).getPropertyValue('--vp-nav-height')) || 64
      dropdown!.style.setProperty('--vp-vh', `${window.innerHeight + Math.min(window.scrollY - navHeight, 0)}px`)
    }
    panel!.hidden = !open
    button!.classList.toggle('open', open)
    button!.setAttribute('aria-expanded', String(open))
  }

  button.addEventListener('click', () => setOpen(!isExpanded(button)))
  // Every entry is a link within the page; "Return to top" is href="#", which the browser
  // follows by scrolling up and starting the Tab order at the top.
  panel.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) setOpen(false)
  })
  closable(button, setOpen, { wide: '(min-width: 1280px)', within: dropdown })
}

export function installMenus(): void {
  installNavScreen()
  installSidebarToggle()
  installFlyouts()
  installSidebarSections()
  installLocalOutline()
}
