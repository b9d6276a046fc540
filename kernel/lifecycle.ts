/**
 * Where a code stands: registered and defined by a standards-track specification, registered but
 * defined by an Experimental RFC, temporarily registered, reserved, deprecated, obsolete, or not
 * in the IANA registry at all.
 */
export const LIFECYCLES = ['standard', 'experimental', 'temporary', 'unused', 'deprecated', 'obsolete', 'unofficial'] as const
export type Lifecycle = (typeof LIFECYCLES)[number]

/**
 * Whether a temporary registration's listed expiry date has passed on `today` (YYYY-MM-DD).
 * It says nothing of what IANA decided: a registration can be extended or made permanent.
 */
export function isPastExpiry(expires: string | undefined, today: string): boolean {
  return expires !== undefined && today > expires
}

/** How a page states a temporary registration, before and after its listed expiry date. */
export function temporaryLabel(expires: string, passed: boolean): string {
  return passed ? `Temporary registration; its listed expiry date, ${expires}, has passed` : `Temporary registration, listed to expire ${expires}`
}

/** The same, as a search result's badge. */
export function temporaryBadge(expires: string, passed: boolean): string {
  return passed ? `temporary, listed expiry ${expires} passed` : 'temporary'
}
