import { PUBLISHER, SITE_TITLE, absoluteUrl } from '../site.ts'
import { jsonForScript } from './escape.ts'
import { breadcrumbTrail, type CodePageMeta } from './page.ts'
import { OG_IMAGE, SITE_IMAGE_ALT, codeImageAlt, ogImagePath } from './og-image.ts'
import { codePath } from '../../kernel/paths.ts'

/** VitePress's head tag shape: [tag, attributes, inner text]. */
export type HeadTag = [string, Record<string, string>] | [string, Record<string, string>, string]

/** schema.org data for one code page: the TechArticle and its breadcrumb trail, in one graph. */
export function codeJsonLd(page: CodePageMeta, base: string): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@graph': [techArticle(page, base), breadcrumbList(page, base)] }
}

function breadcrumbList(page: CodePageMeta, base: string): Record<string, unknown> {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: breadcrumbTrail(page).map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absoluteUrl(crumb.path, base) })),
  }
}

function techArticle(page: CodePageMeta, base: string): Record<string, unknown> {
  const url = absoluteUrl(codePath(page.code), base)
  return {
    '@type': 'TechArticle',
    headline: page.title,
    name: page.title,
    description: page.description,
    url,
    mainEntityOfPage: url,
    keywords: page.keywords.join(', '),
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

/** A page as its head tags see it; without an image, the site image is used. */
interface HeadPage {
  path: string
  description: string
  keywords?: string[]
  title: string
  type?: 'website' | 'article'
  image?: { path: string; alt: string }
}

const SITE_IMAGE = { path: ogImagePath('site'), alt: SITE_IMAGE_ALT }

/** Open Graph and Twitter card tags: what a link to the page shows when it is shared. */
function socialTags(page: HeadPage, base: string): HeadTag[] {
  const title = attributeText(page.title)
  const description = attributeText(page.description)
  const image = page.image ?? SITE_IMAGE
  const imageUrl = absoluteUrl(image.path, base)
  const alt = attributeText(image.alt)
  const og = (property: string, content: string): HeadTag => ['meta', { property, content }]
  const twitter = (name: string, content: string): HeadTag => ['meta', { name, content }]
  return [
    og('og:type', page.type ?? 'website'),
    og('og:site_name', SITE_TITLE),
    og('og:title', title),
    og('og:description', description),
    og('og:url', absoluteUrl(page.path, base)),
    og('og:locale', 'en_US'),
    og('og:image', imageUrl),
    og('og:image:type', OG_IMAGE.type),
    og('og:image:width', String(OG_IMAGE.width)),
    og('og:image:height', String(OG_IMAGE.height)),
    og('og:image:alt', alt),
    twitter('twitter:card', 'summary_large_image'),
    twitter('twitter:title', title),
    twitter('twitter:description', description),
    twitter('twitter:image', imageUrl),
    twitter('twitter:image:alt', alt),
  ]
}

export function pageHeadTags(page: HeadPage, base: string): HeadTag[] {
  const tags: HeadTag[] = [
    ['link', { rel: 'canonical', href: absoluteUrl(page.path, base) }],
    ['meta', { name: 'description', content: attributeText(page.description) }],
  ]
  if (page.keywords?.length) tags.push(['meta', { name: 'keywords', content: attributeText(page.keywords.join(', ')) }])
  return [...tags, ...socialTags(page, base)]
}

export function codeHeadTags(page: CodePageMeta, base: string): HeadTag[] {
  return [
    ...pageHeadTags(
      {
        path: codePath(page.code),
        title: page.title,
        description: page.description,
        keywords: page.keywords,
        type: 'article',
        image: { path: ogImagePath(page.code), alt: codeImageAlt(page) },
      },
      base,
    ),
    jsonLdTag(codeJsonLd(page, base)),
  ]
}

/** schema.org data for a page with breadcrumbs (guide questions, comparisons): the WebPage and its trail. */
export function webPageJsonLd(page: { path: string; title: string; description: string; breadcrumbs: { name: string; path: string }[] }, base: string): Record<string, unknown> {
  const url = absoluteUrl(page.path, base)
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', name: page.title, description: page.description, url, inLanguage: 'en', isPartOf: { '@type': 'WebSite', name: SITE_TITLE, url: absoluteUrl('/', base) } },
      { '@type': 'BreadcrumbList', itemListElement: page.breadcrumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absoluteUrl(crumb.path, base) })) },
    ],
  }
}
