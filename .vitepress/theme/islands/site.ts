// The only script every page loads. Pages are static HTML (VitePress's MPA mode); these small
// parts make the nav bar, the menus and the search work. A page's own island (the home search)
// is loaded only on the page whose markup it works on. The outline is in the static HTML
// (components/AsideOutline.vue, components/LocalNav.vue).
import { installAppearanceSwitch } from './appearance'
import { installMenus } from './menus'
import { installCopyCode } from './copy-code'
import { installSearchShortcut } from './shortcut'
import { isUnknownAddress, showNotFoundPage } from './not-found'
import { registerServiceWorker } from './service-worker'
import { showPassedExpiries } from './expiry'

if (isUnknownAddress()) void showNotFoundPage()
showPassedExpiries()
installAppearanceSwitch()
installMenus()
installCopyCode()
installSearchShortcut()
registerServiceWorker()

if (document.querySelector('.code-search')) void import('./home-search')
if (document.querySelector('.response-checker')) void import('./checker')
if (document.querySelector('.guide')) void import('./guide')

// The nav bar search loads its code (and the search data) on first use only.
function openSiteSearch(): void {
  void import('./site-search').then((search) => search.openSiteSearch())
}
document.querySelector('#local-search button')?.addEventListener('click', openSiteSearch)
window.addEventListener('keydown', (event) => {
  if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) {
    event.preventDefault()
    openSiteSearch()
  }
})
