import DefaultTheme from 'vitepress/theme-without-fonts'
import type { Theme } from 'vitepress'
import Layout from './Layout.vue'
import './style.css'
import './home.css'
import './search/search.css'
import './not-found.css'
import './menus.css'

export default {
  extends: DefaultTheme,
  Layout,
} satisfies Theme
