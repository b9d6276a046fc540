/** Where a code stands in the IANA registry, or that it is not in it at all. */
export const LIFECYCLES = ['standard', 'temporary', 'unused', 'deprecated', 'obsolete', 'unofficial'] as const
export type Lifecycle = (typeof LIFECYCLES)[number]

/**
 * Whether a temporary registration's listed expiry date has passed on `today` (YYYY-MM-DD).
 * It says nothing of what IANA decided: a registration can be extended or made permanent.
 */
export function isPastExpiry(expires: string | undefined, today: string): boolean {
  return expires !== undefined && today > expires
}
