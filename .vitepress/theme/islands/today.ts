/** Today's date as YYYY-MM-DD (UTC), to compare with dates in the data. */
export function today(): string {
  return new Date().toISOString().slice(0, 10)
}
