import { UNOFFICIAL_PATH, classPath } from './paths.ts'

/** The status code classes of RFC 9110 §15, plus a bucket for numbers outside them (783, 999). */
export interface CodeClass {
  id: '1xx' | '2xx' | '3xx' | '4xx' | '5xx' | 'other'
  name: string
  blurb: string
  /** the class page; numbers outside 1xx-5xx are all unofficial and live on that page */
  path: string
  /** where RFC 9110 defines the class */
  section?: string
}

export const CLASSES: readonly CodeClass[] = [
  { id: '1xx', name: 'Informational', path: classPath(1), section: '15.2', blurb: 'Interim answers: the request was received and work goes on; a final response follows.' },
  { id: '2xx', name: 'Successful', path: classPath(2), section: '15.3', blurb: 'The request was received, understood and accepted.' },
  { id: '3xx', name: 'Redirection', path: classPath(3), section: '15.4', blurb: 'The client has to take another step, usually a request to another URL, to finish.' },
  { id: '4xx', name: 'Client Error', path: classPath(4), section: '15.5', blurb: 'The request itself is at fault: fix it before sending it again.' },
  { id: '5xx', name: 'Server Error', path: classPath(5), section: '15.6', blurb: 'The request looked fine, but the server or something behind it failed to answer it.' },
  { id: 'other', name: 'Outside the standard classes', path: UNOFFICIAL_PATH, blurb: 'Numbers from 600 up that some products send; HTTP defines no class for them.' },
]

export function classOf(code: number): CodeClass {
  const digit = Math.floor(code / 100)
  return CLASSES[digit >= 1 && digit <= 5 ? digit - 1 : 5]!
}

export function classLabel(cls: CodeClass): string {
  return cls.id === 'other' ? cls.name : `${cls.id} ${cls.name}`
}
