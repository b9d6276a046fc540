import { readFileSync } from 'node:fs'
import { HtmlValidate, type ConfigData } from 'html-validate'
import { describe, expect, it } from 'vitest'
import { builtPages } from './model.ts'

/**
 * Why each rule of html-validate's recommended preset is off in .htmlvalidate.json (JSON has no
 * comments, and html-validate rejects unknown keys). Every rule turned off there must be listed
 * here, and the test prints these reasons.
 */
const WHY_OFF: Record<string, string> = {
  'no-trailing-whitespace': "VitePress's page template indents blank lines in <head> and after #app, and Shiki keeps a code line's spaces inside <pre>.",
  'attribute-misuse': 'VitePress links its stylesheets as <link rel="preload stylesheet" as="style">; the rule wants rel to be exactly preload for "as".',
  'text-content': "VitePress's buttons are named by title or in the browser: the code blocks' copy button (title only) and the appearance switch (its title is empty in the static HTML; theme/islands/appearance.ts sets it). axe checks the names in the browser in a11y.spec.ts.",
  'no-implicit-button-type': "VitePress's theme buttons (nav bar, sidebar, code copy) have no type attribute; none of them is inside a form.",
  'no-inline-style': 'Shiki colours every token with --shiki-light/--shiki-dark inline, VitePress sets --vp-vh and position inline, and Vue renders v-show as style="" or display:none.',
  'no-dup-class': 'VitePress sidebar links render class="VPLink link link".',
  'prefer-native-element': 'VitePress sidebar groups toggle with <div class="caret" role="button" tabindex="0">.',
}
/** Rules kept on with options, and why. */
const WHY_CONFIGURED: Record<string, string> = {
  'valid-id':
    'relaxed: HTML allows any ID without whitespace. /codes has the stable anchors #1xx to #5xx; the strict default wants a leading letter and no colon.',
}

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData & { rules: Record<string, unknown> }

describe('valid HTML', () => {
  it('.htmlvalidate.json extends the recommended preset and every rule it changes has a reason', () => {
    expect(config.extends).toEqual(['html-validate:recommended'])
    const off = Object.entries(config.rules).filter(([, value]) => value === 'off' || (Array.isArray(value) && value[0] === 'off'))
    const configured = Object.entries(config.rules).filter(([, value]) => Array.isArray(value) && value[0] !== 'off')
    expect(off.map(([rule]) => rule).sort()).toEqual(Object.keys(WHY_OFF).sort())
    expect(configured.map(([rule]) => rule).sort()).toEqual(Object.keys(WHY_CONFIGURED).sort())
    for (const [rule, reason] of Object.entries({ ...WHY_OFF, ...WHY_CONFIGURED })) console.log(`html-validate ${rule}: ${reason}`)
  })

  const validator = new HtmlValidate(config)
  for (const page of builtPages().values()) {
    it(`${page.file} passes html-validate`, async () => {
      const report = await validator.validateString(page.html, page.file)
      const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`))
      expect(messages).toEqual([])
    })
  }
})
