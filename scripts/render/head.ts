import type { Entry } from '../catalogue/schema.ts'
import { PUBLISHER, SITE_TITLE, absoluteUrl } from '../site.ts'
import { jsonForScript } from './escape.ts'
import { describe, pageTitle } from './describe.ts'
import { breadcrumbTrail, keywordsOf } from './page.ts'

/** VitePress's head tag shape: [tag, attributes, inner text]. */
export type HeadTag = [string, Record<string, string>] | [string, Record<string, string>, string]

/** schema.org data for one code page: the TechArticle and its breadcrumb trail, in one graph. */
export function codeJsonLd(entry: Entry, base: string): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@graph': [techArticle(entry, base), breadcrumbList(entry, base)] }
}

function breadcrumbList(entry: Entry, base: string): Record<string, unknown> {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: breadcrumbTrail(entry).map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absoluteUrl(crumb.path, base) })),
  }
}

function techArticle(entry: Entry, base: string): Record<string, unknown> {
  const url = absoluteUrl(`/${entry.code}`, base)
  return {
    '@type': 'TechArticle',
    headline: pageTitle(entry),
    name: pageTitle(entry),
    description: describe(entry),
    url,
    mainEntityOfPage: url,
    keywords: keywordsOf(entry).join(', '),
    inLanguage: 'en',
    publisher: { '@type': 'Organization', name: PUBLISHER, url: absoluteUrl('/', base) },
    isPartOf: { '@type': 'WebSite', name: SITE_TITLE, url: absoluteUrl('/', base) },
  }
}

export function jsonLdTag(data: Record<string, unknown>): HeadTag {
  return ['script', { type: 'application/ld+json' }, jsonForScript(data)]
}

/**
 * VitePress writes attribute values through an escaper that leaves existing entities alone,
 * so a literal "&lt;" in catalogue text would come out as "<". Escaping `&` first keeps it literal.
 */
function attributeText(text: string): string {
  return text.replace(/&/g, '&amp;')
}

export function pageHeadTags(page: { path: string; description: string; keywords?: string[] }, base: string): HeadTag[] {
  const tags: HeadTag[] = [
    ['link', { rel: 'canonical', href: absoluteUrl(page.path, base) }],
    ['meta', { name: 'description', content: attributeText(page.description) }],
  ]
  if (page.keywords?.length) tags.push(['meta', { name: 'keywords', content: attributeText(page.keywords.join(', ')) }])
  return tags
}

export function codeHeadTags(entry: Entry, base: string): HeadTag[] {
  return [
    ...pageHeadTags({ path: `/${entry.code}`, description: describe(entry), keywords: keywordsOf(entry) }, base),
    jsonLdTag(codeJsonLd(entry, base)),
  ]
}
