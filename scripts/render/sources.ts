import type { Source } from '../catalogue/schema.ts'
import { rfcLink, type SourceLink } from '../../kernel/sources.ts'

/** Turns a catalogue source into link text and URL; RFC links are derived so they cannot rot. */
export function sourceLink(source: Source): SourceLink {
  switch (source.type) {
    case 'rfc':
      return rfcLink(source.rfc, source.section)
    case 'draft':
      return { label: source.section ? `${source.name} §${source.section}` : source.name, url: source.url }
    case 'vendor':
      return { label: source.title, url: source.url }
  }
}
