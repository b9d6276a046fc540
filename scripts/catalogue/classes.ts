/** The status code classes of RFC 9110 §15, plus a bucket for numbers outside them (783, 999). */
export interface CodeClass {
  id: '1xx' | '2xx' | '3xx' | '4xx' | '5xx' | 'other'
  name: string
  blurb: string
}

export const CLASSES: readonly CodeClass[] = [
  { id: '1xx', name: 'Informational', blurb: 'Interim answers: the request was received and work goes on; a final response follows.' },
  { id: '2xx', name: 'Successful', blurb: 'The request was received, understood and accepted.' },
  { id: '3xx', name: 'Redirection', blurb: 'The client has to take another step, usually a request to another URL, to finish.' },
  { id: '4xx', name: 'Client Error', blurb: 'The request itself is at fault: fix it before sending it again.' },
  { id: '5xx', name: 'Server Error', blurb: 'The request looked fine, but the server or something behind it failed to answer it.' },
  { id: 'other', name: 'Outside the standard classes', blurb: 'Numbers from 600 up that some products send; HTTP defines no class for them.' },
]

export function classOf(code: number): CodeClass {
  const digit = Math.floor(code / 100)
  return CLASSES[digit >= 1 && digit <= 5 ? digit - 1 : 5]!
}
