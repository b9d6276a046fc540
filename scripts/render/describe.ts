import type { Entry } from '../catalogue/schema.ts'
import { classOf } from '../../kernel/classes.ts'
import { escapeHtml } from './escape.ts'
import { inlineProseHtml } from './html.ts'
import { temporaryLabel } from '../../kernel/lifecycle.ts'

export function pageTitle(entry: Pick<Entry, 'code' | 'name'>): string {
  return `${entry.code} ${entry.name}`
}

/** The page's meta description: the code, its name and its one-line meaning. */
export function describe(entry: Entry): string {
  const unofficial = entry.lifecycle === 'unofficial' && entry.sentBy ? ` (unofficial, ${entry.sentBy})` : ''
  return `HTTP ${entry.code} ${entry.name}${unofficial}: ${entry.summary}`
}

export function lifecycleLabel(entry: Pick<Entry, 'lifecycle' | 'expires'>): string {
  switch (entry.lifecycle) {
    case 'standard':
      return 'Standard'
    case 'experimental':
      return 'Registered, defined by an Experimental RFC'
    case 'temporary':
      return temporaryLabel(entry.expires ?? '', false)
    case 'unused':
      return 'Reserved, unused'
    case 'deprecated':
      return 'Deprecated'
    case 'obsolete':
      return 'Obsolete'
    case 'unofficial':
      return 'Unofficial'
  }
}

/**
 * The lifecycle label as HTML. A temporary registration's label carries its expiry date and the
 * wording for once it has passed, which islands/expiry.ts puts in place on the day: generated
 * pages hold no date-dependent text.
 */
export function lifecycleLabelHtml(entry: Pick<Entry, 'lifecycle' | 'expires'>): string {
  const label = escapeHtml(lifecycleLabel(entry))
  if (entry.lifecycle !== 'temporary' || !entry.expires) return label
  return `<span data-expires="${escapeHtml(entry.expires)}" data-expired-text="${escapeHtml(temporaryLabel(entry.expires, true))}">${label}</span>`
}

const CACHEABLE = {
  'by-default': 'Yes, heuristically cacheable by default',
  'explicit-only': 'Only with explicit freshness (Cache-Control or Expires)',
  never: 'No: caches must not store it',
} as const

const METHOD = {
  kept: 'Kept: the client repeats the same method and body',
  'may-become-get': 'May become GET: user agents may change POST to GET',
  'becomes-get': 'Becomes GET: the client fetches the new URL with GET',
} as const

export function factRows(entry: Entry): { label: string; html: string }[] {
  const cls = classOf(entry.code)
  const rows = [
    { label: 'Class', html: `${cls.id} ${escapeHtml(cls.name)}` },
    { label: 'Status', html: lifecycleLabelHtml(entry) + (entry.sentBy ? escapeHtml(`, sent by ${entry.sentBy}`) : '') },
  ]
  if (entry.aliases.length) rows.push({ label: 'Also known as', html: escapeHtml(entry.aliases.join(', ')) })
  rows.push({ label: 'Cacheable', html: CACHEABLE[entry.facts.cacheable] })
  rows.push({ label: 'Body', html: entry.facts.body === 'none' ? 'None: the response ends after the headers' : 'Allowed' })
  if (entry.facts.redirect) {
    rows.push({ label: 'Permanent', html: entry.facts.redirect.permanent ? 'Yes: update links and bookmarks' : 'No: keep using the original URL' })
    rows.push({ label: 'Method', html: METHOD[entry.facts.redirect.method] })
  }
  rows.push({ label: 'Retry', html: inlineProseHtml(entry.facts.retry) })
  return rows
}

export const CACHEABLE_SHORT = { 'by-default': 'Yes', 'explicit-only': 'No, only with explicit freshness', never: 'Never: must not be stored' } as const
export const METHOD_SHORT = { kept: 'Kept', 'may-become-get': 'POST may become GET', 'becomes-get': 'Becomes GET' } as const
