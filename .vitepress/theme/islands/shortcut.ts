import { isEditing } from './dom'

export const SEARCH_INPUT_ID = 'code-search-input'

/** `/` from any page goes to the home page's code search (Ctrl+K / Cmd+K, the nav bar search, is in site.ts). */
export function installSearchShortcut(): void {
  window.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditing(event.target)) return
    if (document.querySelector('dialog[open]')) return
    event.preventDefault()
    const input = document.getElementById(SEARCH_INPUT_ID)
    if (input) input.focus()
    else location.assign('/')
  })
}
