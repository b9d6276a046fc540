import { attachCodeSearch } from './code-search'
import { records } from './search-data'
import { SEARCH_INPUT_ID } from './shortcut'

// The home page's search box: the page renders it (search/CodeSearch.vue), this brings it to life.
const root = document.querySelector('.code-search')
const input = document.getElementById(SEARCH_INPUT_ID)
if (root && input instanceof HTMLInputElement) {
  attachCodeSearch(
    {
      input,
      status: root.querySelector<HTMLElement>('.code-search-status')!,
      results: root.querySelector<HTMLUListElement>('#code-search-results')!,
      empty: root.querySelector<HTMLElement>('.code-search-empty')!,
      actions: root.querySelector<HTMLElement>('.code-search-actions')!,
      index: root.querySelector<HTMLElement>('.code-index')!,
    },
    records,
    { idPrefix: 'code', queryInAddress: true },
  )
  input.focus()
}
