/** An HTTP message as the checker reads it from pasted text, curl output or a HAR file. */

export interface Field {
  /** as written (case kept) */
  name: string
  value: string
  /** the line of `Message.lines` it was read from, for highlighting; -1 when it came from a HAR */
  line: number
}

/** A line of the header section that is not a field, or that uses obsolete folding. */
export interface LineProblem {
  line: number
  kind: 'not-a-field' | 'obs-fold'
}

interface MessageBase {
  /** e.g. "HTTP/1.1", "HTTP/2" */
  version: string
  fields: Field[]
  /** the header section as given, one entry per line, start line first */
  lines: string[]
  problems: LineProblem[]
  /** the content as given (undefined: none was given) */
  body?: string
  /** its length in bytes, when known */
  bodyBytes: number
  /**
   * Bytes of line endings after the content, left out of it: they may end the content (nginx ends
   * its error pages with CRLF) or only separate it from the next message, and the text cannot tell.
   */
  trailingBytes?: number
}

export interface Request extends MessageBase {
  kind: 'request'
  method: string
  target: string
  /** the absolute URL, when known (HAR files give it) */
  url?: string
}

export interface Response extends MessageBase {
  kind: 'response'
  status: number
  /** the reason phrase; '' when there is none (HTTP/2 has none) */
  reason: string
}

export type Message = Request | Response

/** A request (when it was given) and the responses to it: interim ones, then the final one. */
export interface Exchange {
  request?: Request
  responses: Response[]
}

export type InputKind = 'http' | 'curl-verbose' | 'har' | 'headers'

export interface ParsedInput {
  kind: InputKind
  exchanges: Exchange[]
}

/** Every field of a message with this name (case-insensitive), in order. */
export function fieldsNamed(message: Message, name: string): Field[] {
  const lower = name.toLowerCase()
  return message.fields.filter((field) => field.name.toLowerCase() === lower)
}

/** The combined value of the fields with this name (joined with ", "), or undefined. */
export function fieldValue(message: Message, name: string): string | undefined {
  const found = fieldsNamed(message, name)
  return found.length ? found.map((field) => field.value).join(', ') : undefined
}

export function hasField(message: Message, name: string): boolean {
  return fieldsNamed(message, name).length > 0
}
