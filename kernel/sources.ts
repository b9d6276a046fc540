/** A link to the section of a specification that a fact rests on. */
export interface SourceLink {
  label: string
  url: string
}

/** `RFC 9110 §15.5.2` and its address at the RFC Editor; derived, so links cannot rot. */
export function rfcLink(rfc: number, section?: string): SourceLink {
  const base = `https://www.rfc-editor.org/rfc/rfc${rfc}`
  return section ? { label: `RFC ${rfc} §${section}`, url: `${base}#section-${section}` } : { label: `RFC ${rfc}`, url: base }
}
