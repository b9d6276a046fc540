import type { Router } from 'vitepress'

export const SEARCH_INPUT_ID = 'code-search-input'

function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/**
 * `/` from any page goes to the home page's code search. It listens in the capture phase so it
 * runs before the nav bar's site-wide search, which keeps Ctrl+K / Cmd+K.
 */
export function installSearchShortcut(router: Router): void {
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditing(event.target)) return
      if (document.querySelector('.VPLocalSearchBox')) return
      event.preventDefault()
      event.stopImmediatePropagation()
      const input = document.getElementById(SEARCH_INPUT_ID)
      if (input) input.focus()
      else void router.go('/')
    },
    true,
  )
}
