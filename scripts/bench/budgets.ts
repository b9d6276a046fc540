/** Budgets the issues set; the benchmark compares each measured figure with its budget. */
export const BUDGETS = {
  searchP95Ms: 16,
  searchDataGzipBytes: 15 * 1024,
  firstVisit511GzipBytes: 75 * 1024,
  generateMs: 1000,
  buildPeakRssBytes: 2 * 1024 ** 3,
  /** npm run build against a plain vitepress build of the same pages (issue 13) */
  buildRatioToPlain: 1.25,
  lighthousePerformance: 98,
  lighthouseOther: 100,
  tbtMs: 100,
  cls: 0,
  /** scale run: build time may grow at most in proportion to the number of pages */
  scaleTimeGrowthPerPageGrowth: 1,
} as const

export interface Figure {
  name: string
  value: number
  unit: 'ms' | 'bytes' | 'ratio' | 'score'
  budget?: number
  /** 'max': value must be at most budget; 'min': at least */
  kind?: 'max' | 'min'
}

export function verdict(figure: Figure): 'PASS' | 'FAIL' | '' {
  if (figure.budget === undefined) return ''
  const ok = figure.kind === 'min' ? figure.value >= figure.budget : figure.value <= figure.budget
  return ok ? 'PASS' : 'FAIL'
}

export function format(value: number, unit: Figure['unit']): string {
  switch (unit) {
    case 'ms':
      return `${value.toFixed(value < 10 ? 2 : 0)} ms`
    case 'bytes':
      return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MB` : `${(value / 1024).toFixed(1)} KB`
    case 'ratio':
      return value.toFixed(2)
    case 'score':
      return String(Math.round(value))
  }
}
