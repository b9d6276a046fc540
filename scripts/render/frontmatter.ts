import matter from 'gray-matter'

/** Serialises frontmatter with a real YAML emitter, so any string round-trips unchanged. */
export function withFrontmatter(data: Record<string, unknown>, body: string): string {
  return matter.stringify(body, data)
}
