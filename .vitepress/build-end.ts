import type { Catalogue } from '../scripts/catalogue/schema.ts'

/** Files the build writes beside the pages (exports, images). Runs once, after every page is rendered. */
export async function writeBuildArtifacts(_outDir: string, _catalogue: Catalogue, _siteUrl: string): Promise<void> {
  // Filled in by the exports work (issue: the catalogue as data).
}
