import { attachCodeSearch } from './code-search'
import { el } from './dom'

let dialog: HTMLDialogElement | undefined
let input: HTMLInputElement | undefined

function build(): HTMLDialogElement {
  input = el('input', {
    id: 'site-search-input',
    class: 'code-search-input',
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-controls': 'site-search-results',
    'aria-expanded': 'false',
    placeholder: 'Search codes: 511, rate limit, teapot…',
  })
  const close = el('button', { type: 'button', class: 'site-search-close' }, 'Close')
  const parts = {
    input,
    status: el('p', { class: 'code-search-status', role: 'status', 'aria-live': 'polite' }),
    results: el('div', { id: 'site-search-results', class: 'code-search-results', role: 'listbox', 'aria-label': 'Matching status codes', hidden: '' }),
    empty: el('div', { class: 'code-search-empty', hidden: '' }),
  }
  const built = el(
    'dialog',
    { class: 'site-search', 'aria-labelledby': 'site-search-label' },
    el('div', { class: 'site-search-bar' }, el('label', { id: 'site-search-label', class: 'visually-hidden', for: 'site-search-input' }, 'Search'), input, close),
    parts.status,
    parts.results,
    parts.empty,
  )
  attachCodeSearch(parts, { idPrefix: 'site', queryInAddress: false }).preload()
  close.addEventListener('click', () => built.close())
  // A click on the backdrop lands on the dialog element itself.
  built.addEventListener('click', (event) => {
    if (event.target === built) built.close()
  })
  document.body.append(built)
  return built
}

/** Opens the nav bar search over the current page; focus returns to where it was on close. */
export function openSiteSearch(): void {
  dialog ??= build()
  if (!dialog.open) dialog.showModal()
  input!.focus()
  input!.select()
}
