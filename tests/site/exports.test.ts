import { describe, expect, it } from 'vitest'
import { loadSiteData } from '../../scripts/generator.ts'
import { renderExports } from '../../scripts/render/exports.ts'
import { ogImagePath } from '../../scripts/render/og-image.ts'
import { pageRecords } from '../../scripts/render/search-records.ts'
import { dataFiles } from '../../scripts/site.ts'
import { SITE, builtFile, builtPage, readBuilt } from './model.ts'

// What the exports hold is tested in tests/unit/exports.test.ts; here, that the build publishes them.
const { catalogue, content } = loadSiteData(dataFiles())

function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe('the build publishes the catalogue as data', () => {
  const exports = renderExports(catalogue, SITE, pageRecords(catalogue, content))

  it('writes every export, byte for byte as rendered', () => {
    expect(exports.size).toBeGreaterThan(catalogue.codes.length)
    for (const [path, content] of exports) expect(readBuilt(path.slice(1)), path).toBe(content)
  })

  it('writes a 1200x630 link-preview image for the site and for every code', () => {
    for (const path of [ogImagePath('site'), ...catalogue.codes.map((entry) => ogImagePath(entry.code))]) {
      expect(pngSize(builtFile(path.slice(1))), path).toEqual({ width: 1200, height: 630 })
    }
  })
})

describe('the pages the searches offer', () => {
  // A result shows the page's title; a page renamed without its record would be offered under the old name.
  it('each leads to a built page with the title the result shows, as its heading or its tab title', () => {
    const records = pageRecords(catalogue, content)
    expect(records.map((record) => record.kind)).toEqual(expect.arrayContaining(['comparison', 'guide', 'check']))
    for (const record of records) {
      const page = builtPage(record.path)
      // the guide's heading is its first question; its tab title is the guide's
      expect([...page.h1s, page.title], record.path).toContain(record.kind === 'guide' ? `${record.title} | httpcodes` : record.title)
    }
  })
})
