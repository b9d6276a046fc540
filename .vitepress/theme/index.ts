import DefaultTheme from 'vitepress/theme-without-fonts'
import type { Theme } from 'vitepress'
import { inBrowser } from 'vitepress'
import Layout from './Layout.vue'
import { clearStaticHtmlOfUnknownPage } from './unknown-page'
import { installSearchShortcut } from './search/shortcut'
import './style.css'
import './home.css'

export default {
  extends: DefaultTheme,
  Layout,
  enhanceApp({ router }) {
    if (!inBrowser) return
    clearStaticHtmlOfUnknownPage()
    installSearchShortcut(router)
  },
} satisfies Theme
