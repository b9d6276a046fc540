/** Field value syntax the rules need: tokens, lists, dates, ranges, directives, URI references. */

export const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/** The members of a comma-separated list, quoted strings kept whole, empty members dropped. */
export function listMembers(value: string): string[] {
  const members: string[] = []
  let current = ''
  let quoted = false
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!
    if (quoted && ch === '\\') {
      current += ch + (value[i + 1] ?? '')
      i++
    } else if (ch === '"') {
      quoted = !quoted
      current += ch
    } else if (ch === ',' && !quoted) {
      members.push(current.trim())
      current = ''
    } else current += ch
  }
  members.push(current.trim())
  return members.filter((member) => member !== '')
}

export interface Directive {
  name: string
  value?: string
}

/** Cache-Control directives, names lowercased, quoted values unquoted. */
export function directives(value: string): Directive[] {
  return listMembers(value).map((member) => {
    const eq = member.indexOf('=')
    if (eq < 0) return { name: member.toLowerCase() }
    const raw = member.slice(eq + 1).trim()
    return { name: member.slice(0, eq).trim().toLowerCase(), value: /^".*"$/.test(raw) ? raw.slice(1, -1) : raw }
  })
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAY = '(Mon|Tue|Wed|Thu|Fri|Sat|Sun)'
const LONG_DAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const MONTH = `(${MONTHS.join('|')})`
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$`)
const RFC850 = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$`)
const ASCTIME = new RegExp(`^${DAY} ${MONTH} ( \\d|\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$`)

export type DateForm = 'imf-fixdate' | 'obsolete' | 'invalid'

/** Which HTTP-date form a value is in (RFC 9110 §5.6.7): senders must use IMF-fixdate. */
export function httpDateForm(value: string): DateForm {
  const v = value.trim()
  const valid = (day: number, hour: number, minute: number, second: number) => day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 61
  const imf = IMF_FIXDATE.exec(v)
  if (imf) return valid(Number(imf[2]), Number(imf[5]), Number(imf[6]), Number(imf[7])) ? 'imf-fixdate' : 'invalid'
  const old = RFC850.exec(v) ?? ASCTIME.exec(v)
  return old ? 'obsolete' : 'invalid'
}

export interface ContentRange {
  /** satisfied: "bytes 0-499/1234"; unsatisfied: "bytes *\/1234" (the form a 416 uses) */
  kind: 'satisfied' | 'unsatisfied'
  first?: number
  last?: number
  /** undefined for "*" */
  length?: number
}

/** RFC 9110 §14.4; undefined when the value is not valid. */
export function parseContentRange(value: string): ContentRange | undefined {
  const satisfied = /^bytes (\d+)-(\d+)\/(\d+|\*)$/i.exec(value.trim())
  if (satisfied) {
    const [first, last] = [Number(satisfied[1]), Number(satisfied[2])]
    const length = satisfied[3] === '*' ? undefined : Number(satisfied[3])
    if (last < first || (length !== undefined && last >= length)) return undefined
    return { kind: 'satisfied', first, last, length }
  }
  const unsatisfied = /^bytes \*\/(\d+)$/i.exec(value.trim())
  if (unsatisfied) return { kind: 'unsatisfied', length: Number(unsatisfied[1]) }
  return undefined
}

/** A URI reference (RFC 3986) as far as a client can rely on it: no spaces, controls or characters that must be escaped. */
export function isUriReference(value: string): boolean {
  if (value === '') return false
  if (/[\s\u0000-\u001f\u007f"<>\\^`{|}]/.test(value)) return false
  if (/%(?![0-9A-Fa-f]{2})/.test(value)) return false
  return /^([a-z][a-z0-9+.-]*:)?[^:]*|^[a-z][a-z0-9+.-]*:/i.test(value)
}

export function isAbsoluteUri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value)
}

/** Characters a field value may not hold (RFC 9110 §5.5): controls other than horizontal tab. */
export const INVALID_VALUE_CHARACTER = /[\u0000-\u0008\u000a-\u001f\u007f]/
