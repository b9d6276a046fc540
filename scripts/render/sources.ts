import type { Source } from '../catalogue/schema.ts'

interface SourceLink {
  label: string
  url: string
}

/** Turns a catalogue source into link text and URL; RFC links are derived so they cannot rot. */
export function sourceLink(source: Source): SourceLink {
  switch (source.type) {
    case 'rfc': {
      const base = `https://www.rfc-editor.org/rfc/rfc${source.rfc}`
      return source.section
        ? { label: `RFC ${source.rfc} §${source.section}`, url: `${base}#section-${source.section}` }
        : { label: `RFC ${source.rfc}`, url: base }
    }
    case 'draft':
      return { label: source.section ? `${source.name} §${source.section}` : source.name, url: source.url }
    case 'vendor':
      return { label: source.title, url: source.url }
  }
}
