import { mkdir, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import type { Catalogue } from '../scripts/catalogue/schema.ts'
import { renderExports } from '../scripts/render/exports.ts'
import { codeImageSvg, ogImagePath, renderPng, siteImageSvg } from '../scripts/render/og-image.ts'
import { collectGarbage } from '../scripts/lib/gc.ts'

/** Files the build writes beside the pages (exports, images). Runs once, after every page is rendered. */
export async function writeBuildArtifacts(outDir: string, catalogue: Catalogue, siteUrl: string): Promise<void> {
  const started = performance.now()
  const write = async (path: string, content: string | Buffer) => {
    const file = join(outDir, path)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, content)
  }

  const exports = renderExports(catalogue, siteUrl)
  for (const [path, content] of exports) await write(path, content)

  // resvg renders on libuv's thread pool. Each render holds its own copy of the system fonts and
  // a full-size bitmap, so a few run at a time: starting all 900 of the scale run at once took
  // the build's peak memory past 5 GB.
  const images = [[ogImagePath('site'), siteImageSvg()], ...catalogue.codes.map((entry) => [ogImagePath(entry.code), codeImageSvg(entry)] as const)]
  const queue = images.values()
  let rendered = 0
  const renderNext = async (): Promise<void> => {
    for (const [path, svg] of queue) {
      await write(path, await renderPng(svg))
      if (++rendered % 50 === 0) collectGarbage()
    }
  }
  await Promise.all(Array.from({ length: Math.min(4, availableParallelism()) }, renderNext))

  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`  wrote ${exports.size} exports and ${images.length} preview images in ${seconds}s`)
}
