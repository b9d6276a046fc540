import { attachCodeSearch } from './code-search'
import { SEARCH_INPUT_ID } from './shortcut'

// The home page's search box: the page renders it (search/CodeSearch.vue), this brings it to life.
const root = document.querySelector('.code-search')
const input = document.getElementById(SEARCH_INPUT_ID)
if (root && input instanceof HTMLInputElement) {
  const search = attachCodeSearch(
    {
      input,
      status: root.querySelector<HTMLElement>('.code-search-status')!,
      results: root.querySelector<HTMLElement>('#code-search-results')!,
      empty: root.querySelector<HTMLElement>('.code-search-empty')!,
      actions: root.querySelector<HTMLElement>('.code-search-actions')!,
      index: root.querySelector<HTMLElement>('.code-index')!,
    },
    { idPrefix: 'code', queryInAddress: true },
  )
  input.focus()
  // The search data comes after the page has settled, ready before most people type.
  if (document.readyState === 'complete') setTimeout(() => search.preload(), 0)
  else window.addEventListener('load', () => setTimeout(() => search.preload(), 0))
}
