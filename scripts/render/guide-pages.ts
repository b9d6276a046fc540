import type { Catalogue } from '../catalogue/schema.ts'
import type { Answer, Guide, Question } from '../guide/schema.ts'
import { trails, type Step } from '../guide/load.ts'
import { plainText } from '../catalogue/prose.ts'
import { GUIDE_PATH, codePath, guidePath, pageFile } from '../../kernel/paths.ts'
import { escapeHtml } from './escape.ts'
import { element, inlineProseHtml } from './html.ts'
import { withFrontmatter } from './frontmatter.ts'
import { generatedMarker } from './page.ts'
import { sourceLink } from './sources.ts'

/** The guide's name, as its first page, the nav bar and search call it. */
export const GUIDE_TITLE = 'Which status code should I send?'

const MARKER = generatedMarker('data/guide.json', 'guide')

const ATTRIBUTION =
  'The order of the questions follows the HTTP decision diagram by for-GET (<a href="https://github.com/for-GET/http-decision-diagram" rel="noreferrer">for-GET/http-decision-diagram</a>, Apache License 2.0): first whether the request can be served at all, then who is asking, what was sent, what the URL points to, the conditions, and how the work went.'

const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text

interface Names {
  name(code: number): string
}

/** The link of an answer: the next question's page, or the code's page. */
export function answerHref(answer: Answer, guide: Guide): string {
  return answer.next !== undefined ? guidePath(answer.next, guide.start) : codePath(answer.code!)
}

function answerItem(answer: Answer, guide: Guide, names: Names): string {
  if (answer.next !== undefined) {
    return `<li class="guide-answer">${element('a', { class: 'guide-next', href: answerHref(answer, guide), 'data-guide-next': answer.next }, escapeHtml(answer.label))}</li>`
  }
  const code = answer.code!
  const { label, url } = sourceLink(answer.source!)
  const result = `<p class="guide-result"><strong>Send ${escapeHtml(`${code} ${names.name(code)}`)}.</strong> ${inlineProseHtml(answer.reason!)} ${element('a', { href: url, rel: 'noreferrer' }, escapeHtml(label))}</p>`
  const alternative = answer.alternative
    ? `<p class="guide-alternative">Also defensible: ${element('a', { href: codePath(answer.alternative.code) }, escapeHtml(`${answer.alternative.code} ${names.name(answer.alternative.code)}`))}. ${inlineProseHtml(answer.alternative.when)}</p>`
    : ''
  return `<li class="guide-answer">${element('a', { class: 'guide-code', href: codePath(code) }, `${escapeHtml(answer.label)} <span class="guide-code-name">→ ${escapeHtml(`${code} ${names.name(code)}`)}</span>`)}${result}${alternative}</li>`
}

/** The answers given so far, each with a way back to change it, and a way to start over. */
function trail(steps: Step[], guide: Guide): string {
  if (steps.length === 0) return ''
  const items = steps.map(
    ({ question, answer }) =>
      `<li><span class="guide-trail-question">${escapeHtml(question.question)}</span> <span class="guide-trail-answer">${escapeHtml(answer.label)}</span> ${element('a', { href: guidePath(question.id, guide.start), class: 'guide-change', 'aria-label': `Change your answer to: ${question.question}` }, 'change this answer')}</li>`,
  )
  return `<nav class="guide-trail" aria-label="Your answers"><ol>${items.join('')}</ol><p>${element('a', { href: GUIDE_PATH, class: 'guide-restart' }, 'Start over')}</p></nav>`
}

function avoidNotes(question: Question, names: Names): string {
  if (question.avoid.length === 0) return ''
  const items = question.avoid.map(
    (avoid) =>
      `<li><strong>Not ${escapeHtml(`${avoid.code} ${names.name(avoid.code)}`)}</strong>: ${inlineProseHtml(avoid.text)} Send ${element('a', { href: codePath(avoid.instead) }, escapeHtml(`${avoid.instead} ${names.name(avoid.instead)}`))} instead.</li>`,
  )
  return `<div class="guide-avoid warning custom-block"><p class="custom-block-title">Codes to leave alone here</p><ul>${items.join('')}</ul></div>`
}

/** What a guide page's head is made of; config.ts turns it into head tags and JSON-LD. */
export function guideBreadcrumbs(steps: Step[], question: Question, guide: Guide): { name: string; path: string }[] {
  return [
    { name: 'Home', path: '/' },
    ...steps.map((step) => ({ name: step.question.id === guide.start ? GUIDE_TITLE : step.question.question, path: guidePath(step.question.id, guide.start) })),
    { name: question.id === guide.start ? GUIDE_TITLE : question.question, path: guidePath(question.id, guide.start) },
  ]
}

function renderQuestion(question: Question, steps: Step[], guide: Guide, names: Names): string {
  const isStart = question.id === guide.start
  const body = [
    MARKER,
    `<div class="guide" data-guide="${escapeHtml(question.id)}" v-pre>` +
      `<p class="guide-kicker">${element('a', { href: GUIDE_PATH }, escapeHtml(GUIDE_TITLE))}</p>` +
      trail(steps, guide) +
      `<h1 id="top" tabindex="-1">${escapeHtml(question.question)}</h1>` +
      `<p class="guide-help">${inlineProseHtml(question.help)}</p>` +
      `<ul class="guide-answers">${question.answers.map((answer) => answerItem(answer, guide, names)).join('')}</ul>` +
      avoidNotes(question, names) +
      (isStart ? `<p class="guide-attribution">${ATTRIBUTION}</p>` : '') +
      `</div>`,
  ]
  return withFrontmatter(
    {
      title: isStart ? GUIDE_TITLE : question.question,
      // A question is long enough on its own: the tab shows it without " | httpcodes" (titles stay under 70 characters).
      ...(isStart ? {} : { titleTemplate: false }),
      description: isStart
        ? `${GUIDE_TITLE} Answer a few questions about the request your code is answering, and get the status code to send, why, and the RFC section behind it.`
        : `${GUIDE_TITLE} ${question.question} ${firstSentence(plainText(question.help))}`,
      sidebar: false,
      aside: false,
      // Not "Next code": the guide is not part of the list of codes the pager walks through.
      prev: false,
      next: false,
      breadcrumbs: guideBreadcrumbs(steps, question, guide),
    },
    `\n${body.join('\n\n')}\n`,
  )
}

/** One page per question: /guide for the first, /guide/<id> for the others. */
export function renderGuidePages(guide: Guide, catalogue: Catalogue): Map<string, string> {
  const byCode = new Map(catalogue.codes.map((entry) => [entry.code, entry.name]))
  const names: Names = { name: (code) => byCode.get(code) ?? '' }
  const steps = trails(guide)
  const pages = new Map<string, string>()
  for (const question of [...guide.questions].sort((a, b) => a.id.localeCompare(b.id))) {
    pages.set(pageFile(guidePath(question.id, guide.start)), renderQuestion(question, steps.get(question.id) ?? [], guide, names))
  }
  return pages
}
