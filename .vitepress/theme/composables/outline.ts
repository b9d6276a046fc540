import { computed } from 'vue'
import { useData } from 'vitepress'
import type { DefaultTheme } from 'vitepress/theme-without-fonts'

interface OutlineItem {
  title: string
  link: string
  children?: OutlineItem[]
}

/**
 * The page's "On this page" entries, from the headings VitePress extracts at build time
 * (`markdown.headers` in config.ts fills `pageData.headers`), so the outline is in the static
 * HTML; the default theme reads the headings from the DOM in the browser instead.
 */
export function useOutline() {
  const { page, theme } = useData<DefaultTheme.Config>()
  const items = computed<OutlineItem[]>(() => page.value.headers.map(({ title, link }) => ({ title, link })))
  const title = computed(() => {
    const outline = theme.value.outline
    return (typeof outline === 'object' && !Array.isArray(outline) && outline.label) || theme.value.outlineTitle || 'On this page'
  })
  const returnToTopLabel = computed(() => theme.value.returnToTopLabel || 'Return to top')
  return { items, title, returnToTopLabel }
}
