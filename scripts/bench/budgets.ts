/** Budgets the issues set; the benchmark compares each measured figure with its budget. */
export const BUDGETS = {
  searchP95Ms: 16,
  /** the codes and the pages the searches offer (issue 17) */
  searchDataGzipBytes: 18 * 1024,
  firstVisit511GzipBytes: 75 * 1024,
  /** a guide question's first visit (issue 15) */
  firstVisitGuideGzipBytes: 35 * 1024,
  /** the checker's first visit, engine included (issue 16) */
  firstVisitCheckGzipBytes: 45 * 1024,
  /** analysing a typical 2 KB response in the browser, p95 (issue 16) */
  checkerP95Ms: 2,
  /** a 5 MB paste handled or refused, in the page and by the CLI (issue 16) */
  hugeInputMs: 1000,
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
  unit: 'ms' | 'bytes' | 'ratio' | 'score' | 'count'
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
    case 'count':
      return String(Math.round(value))
  }
}
