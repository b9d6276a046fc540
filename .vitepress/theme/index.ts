import DefaultTheme from 'vitepress/theme-without-fonts'
import type { Theme } from 'vitepress'
import Layout from './Layout.vue'
import { behaveAsBuilt } from './dev'
import './style.css'
import './home.css'
import './search.css'
import './not-found.css'
import './menus.css'
import './checker.css'
import './guide.css'
import './compare.css'

export default {
  extends: DefaultTheme,
  Layout,
  enhanceApp({ router }) {
    if (import.meta.env.DEV && !import.meta.env.SSR) behaveAsBuilt(router)
  },
} satisfies Theme
