import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { generate } from '../scripts/generator.ts'
import type { DataFiles } from '../scripts/site.ts'

interface DevOptions {
  /** the data files the generator reads, watched */
  data: DataFiles
  docsDir: string
  siteUrl: string
  /** the VitePress config file: "changing" it makes VitePress reload the config and restart */
  configFile: string
}

/**
 * `npm run dev`. The dev server renders pages in the browser with Vue, and the theme then turns
 * them into the static page the build writes and runs the same islands (theme/dev.ts). This plugin
 * keeps that loop live: an edit of the data regenerates the pages, then reloads the config
 * (the sidebar comes from the catalogue); an edit of a page or component reloads the page, since
 * the page in the browser is static HTML that hot updates cannot patch.
 */
export function devLoop(options: DevOptions): Plugin {
  const dataFiles = new Set(Object.values(options.data).flatMap((file) => (file ? [resolve(file)] : [])))
  // Once the data has changed, this server is about to restart (with a new instance of this
  // plugin): reloading the page for the regenerated pages meanwhile would hit a server going down.
  let restarting = false
  return {
    name: 'httpcodes:dev-loop',
    apply: 'serve',
    configureServer(server) {
      for (const file of dataFiles) server.watcher.add(file)
      // An editor may write a file in several steps: regenerate once the writes have settled.
      let timer: ReturnType<typeof setTimeout> | undefined
      const regenerate = async () => {
        restarting = true
        const result = await generate({ ...options.data, docsDir: options.docsDir, siteUrl: options.siteUrl })
        for (const warning of result.warnings) server.config.logger.warn(`warning: ${warning}`, { timestamp: true })
        for (const message of result.messages) (result.ok ? server.config.logger.info : server.config.logger.error)(message, { timestamp: true })
        if (!result.ok) {
          restarting = false
          return
        }
        server.watcher.emit('change', options.configFile)
      }
      const onData = (file: string) => {
        if (!dataFiles.has(resolve(file))) return
        clearTimeout(timer)
        timer = setTimeout(() => void regenerate(), 200)
      }
      server.watcher.on('change', onData)
      server.watcher.on('add', onData)
    },
    handleHotUpdate({ file, server }) {
      if (file === options.configFile) return
      if (restarting) return [] // the restart reloads the page
      if (!/\.(md|vue|ts)$/.test(file)) return
      server.ws.send({ type: 'full-reload' })
      return []
    },
  }
}
