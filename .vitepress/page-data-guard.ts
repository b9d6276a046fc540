import type { Plugin } from 'vite'

/** Escapes "</" and "<!--" inside the page-data string literal; the parsed value is unchanged. */
function guardPageData(code: string): string {
  return code.replace(/^export const __pageData = JSON\.parse\(.*\)$/m, (line) => line.replace(/<\//g, '<\\/').replace(/<!--/g, '<\\!--'))
}

type Transform = (this: unknown, code: string, id: string, options?: unknown) => unknown

/**
 * VitePress embeds each page's data (title, description, frontmatter) as a JSON string inside the
 * page's <script> block. Text such as "</script>" in a catalogue name would end that block early
 * and break the build. The page's Vue source exists only between VitePress's Markdown transform
 * and the Vue compiler, so the guard wraps the Vue plugin's transform for .md files.
 */
export function pageDataGuard(): Plugin {
  return {
    name: 'httpcodes:page-data-guard',
    configResolved(config) {
      const vue = config.plugins.find((plugin) => plugin.name === 'vite:vue') as { transform?: Transform | { handler: Transform } } | undefined
      const original = vue?.transform
      if (!vue || !original) throw new Error('page-data-guard: the Vue plugin was not found; VitePress internals changed')
      const handler = typeof original === 'function' ? original : original.handler
      const guarded: Transform = function (code, id, options) {
        return handler.call(this, id.endsWith('.md') ? guardPageData(code) : code, id, options)
      }
      vue.transform = typeof original === 'function' ? guarded : { ...original, handler: guarded }
    },
  }
}
