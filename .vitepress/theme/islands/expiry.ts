import { isPastExpiry } from '../../../kernel/lifecycle.ts'
import { today } from './today'

/**
 * A temporary registration is labelled with its listed expiry date and, in `data-expired-text`,
 * the wording for once that date has passed (scripts/render/describe.ts). Generated pages carry no
 * text that depends on the day they were built; this puts the right wording in place on the day
 * the page is read.
 */
export function showPassedExpiries(): void {
  for (const label of document.querySelectorAll<HTMLElement>('[data-expires][data-expired-text]')) {
    if (isPastExpiry(label.dataset.expires, today())) label.textContent = label.dataset.expiredText!
  }
}
