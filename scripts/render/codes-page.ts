import type { Catalogue } from '../catalogue/schema.ts'
import { CLASSES, classOf } from '../../kernel/classes.ts'
import { escapeHtml } from './escape.ts'
import { withFrontmatter } from './frontmatter.ts'
import { GENERATED_MARKER } from './page.ts'
import { codesTable } from './tables.ts'

export const CODES_PAGE_FILE = 'codes.md'

/** The "All codes" page: every code, grouped by class, as plain links. */
export function renderCodesPage(catalogue: Catalogue): string {
  const sections = CLASSES.flatMap((cls) => {
    const entries = catalogue.codes.filter((entry) => classOf(entry.code).id === cls.id)
    if (entries.length === 0) return []
    return [
      `## ${cls.id === 'other' ? '' : `${cls.id} `}${cls.name} {#${cls.id}}`,
      `<p v-pre>${escapeHtml(cls.blurb)}</p>`,
      codesTable(entries, 'status'),
    ]
  })
  const body = [
    GENERATED_MARKER,
    '# All HTTP status codes',
    `<p v-pre>${catalogue.codes.length} codes: every code in the IANA registry and the unofficial ones that products such as nginx, Cloudflare, IIS and AWS send.</p>`,
    ...sections,
  ]
  return withFrontmatter(
    {
      title: 'All HTTP status codes',
      description: `Every HTTP status code on one page, grouped by class: ${catalogue.codes.length} codes with their meaning and status.`,
    },
    `\n${body.join('\n\n')}\n`,
  )
}
