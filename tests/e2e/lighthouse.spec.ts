import { test, expect } from './fixtures.ts'
import { lostPoints, runLighthouse, score } from '../../scripts/lighthouse/run.ts'

// Scores that do not depend on the machine. Performance does, so `npm run bench` measures it.
const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const

// One Lighthouse run at a time: each launches its own Chromium and loads the machine.
test.describe.configure({ mode: 'default', timeout: 300_000 })

// The mobile preset: its accessibility, best-practices and SEO audits are the desktop preset's,
// run on a phone-sized page; axe runs at desktop size in a11y.spec.ts.
for (const path of ['/', '/511']) {
  for (const formFactor of ['mobile'] as const) {
    test(`Lighthouse (${formFactor}) scores ${path} 100 for accessibility, best practices and SEO`, async ({ baseURL }) => {
      const lhr = await runLighthouse(new URL(path, baseURL).href, formFactor, CATEGORIES)
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, score(lhr, id)]))
      test.info().annotations.push({ type: 'lighthouse', description: `${lhr.lighthouseVersion} ${formFactor} ${path} ${JSON.stringify(scores)}` })
      expect(CATEGORIES.flatMap((id) => lostPoints(lhr, id).map((f) => `${id}: ${f}`))).toEqual([])
      expect(scores).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 })
    })
  }
}
