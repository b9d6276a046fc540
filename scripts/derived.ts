import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { Catalogue } from './catalogue/schema.ts'
import { renderExports } from './render/exports.ts'
import { RESVG_OPTIONS, codeImageSvg, ogImagePath, renderPng, siteImageSvg } from './render/og-image.ts'
import { sidebarsByClass } from './render/sidebar.ts'
import { collectGarbage } from './lib/gc.ts'
import type { PageRecord } from '../kernel/search/records.ts'

/**
 * What the build needs from the catalogue besides the pages, written by the generator into a
 * folder that is not committed: the sidebar the config reads, and the files the build publishes
 * beside the pages (public/: exports and link-preview images), which the config copies into the
 * output. Preview images are cached by content: an image whose SVG has not changed is kept.
 */
export function derivedDir(docsDir: string): string {
  return join(dirname(resolve(docsDir)), '.vitepress', 'cache', 'httpcodes')
}

export const SIDEBAR_FILE = 'sidebar.json'
export const PUBLIC_DIR = 'public'
const IMAGE_HASHES = 'preview-images.json'
/** Bumped when the rasteriser or its options change, so every image is rendered again. */
const RENDERER = `resvg 2.6.2 ${JSON.stringify(RESVG_OPTIONS)}`

export interface DerivedStats {
  exports: number
  imagesRendered: number
  imagesKept: number
}

function write(file: string, content: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, content)
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** `pages` are the guide, checker and comparison pages, for llms.txt. */
export async function writeDerived(catalogue: Catalogue, dir: string, siteUrl: string, pages: readonly PageRecord[] = []): Promise<DerivedStats> {
  write(join(dir, SIDEBAR_FILE), `${JSON.stringify(sidebarsByClass(catalogue), null, 2)}\n`)

  const publicDir = join(dir, PUBLIC_DIR)
  const exports = renderExports(catalogue, siteUrl, pages)
  rmSync(join(publicDir, 'api'), { recursive: true, force: true }) // a removed code leaves no file behind
  for (const [path, content] of exports) write(join(publicDir, path), content)

  const hashesFile = join(dir, IMAGE_HASHES)
  const previous: Record<string, string> = existsSync(hashesFile) ? JSON.parse(readFileSync(hashesFile, 'utf8')) : {}
  const images = [[ogImagePath('site'), siteImageSvg()] as const, ...catalogue.codes.map((entry) => [ogImagePath(entry.code), codeImageSvg(entry)] as const)]
  const hashes: Record<string, string> = {}
  const toRender = images.filter(([path, svg]) => {
    hashes[path] = sha256(`${RENDERER}\n${svg}`)
    return previous[path] !== hashes[path] || !existsSync(join(publicDir, path))
  })
  // resvg renders on libuv's thread pool. Each render holds its own copy of the system fonts and
  // a full-size bitmap, so a few run at a time: starting all 900 of the scale run at once took
  // peak memory past 5 GB; and the bitmaps are freed only when V8 collects their handles.
  const queue = toRender.values()
  let rendered = 0
  const renderNext = async (): Promise<void> => {
    for (const [path, svg] of queue) {
      write(join(publicDir, path), await renderPng(svg))
      if (++rendered % 50 === 0) collectGarbage()
    }
  }
  await Promise.all(Array.from({ length: Math.min(4, availableParallelism()) }, renderNext))
  const wanted = new Set(images.map(([path]) => path))
  for (const path of Object.keys(previous)) if (!wanted.has(path)) rmSync(join(publicDir, path), { force: true })
  write(hashesFile, `${JSON.stringify(hashes, null, 2)}\n`)
  return { exports: exports.size, imagesRendered: toRender.length, imagesKept: images.length - toRender.length }
}
