import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Catalogue } from '../scripts/catalogue/schema.ts'
import { renderExports } from '../scripts/render/exports.ts'
import { codeImageSvg, ogImagePath, renderPng, siteImageSvg } from '../scripts/render/og-image.ts'

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

  // resvg renders on libuv's thread pool, so the images are rasterised in parallel.
  const images = new Map([[ogImagePath('site'), siteImageSvg()], ...catalogue.codes.map((entry) => [ogImagePath(entry.code), codeImageSvg(entry)] as const)])
  await Promise.all([...images].map(async ([path, svg]) => write(path, await renderPng(svg))))

  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`  wrote ${exports.size} exports and ${images.size} preview images in ${seconds}s`)
}
