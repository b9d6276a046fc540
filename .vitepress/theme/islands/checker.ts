import { checkInput, type CheckedResponse, type Finding, type Report } from '../../../kernel/checker/check.ts'
import type { CheckerData } from '../../../kernel/checker/data.ts'
import file from '/checker-data.json'
import { CHECK_EXAMPLES } from '../components/check-examples'
import { el } from './dom'

// The response checker on /check. What is pasted is checked here and goes nowhere: no request,
// no storage, nothing in the address. The engine and the data are part of this island, which loads
// with the page, so checking needs no network at all.
const data = file as CheckerData
const root = document.querySelector<HTMLElement>('.response-checker')!
const input = root.querySelector<HTMLTextAreaElement>('#checker-input')!
const status = root.querySelector<HTMLElement>('.checker-status')!
const results = root.querySelector<HTMLElement>('.checker-results')!
const fileInput = root.querySelector<HTMLInputElement>('input[type="file"]')!
const heldNote = root.querySelector<HTMLElement>('.checker-held')!

/** Responses whose details are shown at once; the others open on demand (a HAR file can hold hundreds). */
const OPEN_AT_ONCE = 5
/** Content beyond this is not shown (it is still checked). */
const SHOWN_CONTENT = 2000
/**
 * Text longer than this is checked in full but only its start is put in the box: Chromium takes
 * over a second to lay out 5 MB in a text area, and the box would not answer meanwhile.
 */
const SHOWN_IN_BOX = 100_000
const SEVERITY_HEADINGS = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const

function count(findings: Finding[], severity: Finding['severity']): number {
  return findings.filter((finding) => finding.severity === severity).length
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

function findingNode(finding: Finding): HTMLElement {
  return el(
    'li',
    { class: `checker-finding checker-${finding.severity}` },
    el('p', {}, finding.message),
    el(
      'p',
      { class: 'checker-finding-meta' },
      el('code', {}, finding.rule),
      ' · ',
      el('a', { href: finding.source.url, rel: 'noreferrer' }, finding.source.label),
      finding.codePage ? ' · ' : null,
      finding.codePage ? el('a', { href: finding.codePage }, `about ${finding.codePage.slice(1)}`) : null,
    ),
  )
}

/** The message as read, each line its own span; the lines of fields a finding names are marked. */
function messageNode(checked: CheckedResponse): HTMLElement {
  const flagged = new Set(checked.findings.filter((f) => f.field).map((f) => f.field!.toLowerCase()))
  const code = el('code', {})
  const { response } = checked
  response.lines.forEach((line, i) => {
    const field = response.fields.find((f) => f.line === i)
    const mark = field && flagged.has(field.name.toLowerCase())
    code.append(mark ? el('mark', { title: 'A finding concerns this field' }, line) : line, '\n')
  })
  for (const name of flagged) {
    if (!response.fields.some((f) => f.name.toLowerCase() === name)) code.append(el('mark', { class: 'checker-missing', title: 'Missing: a finding asks for this field' }, `(missing) ${name}`), '\n')
  }
  if (response.body !== undefined) {
    code.append('\n', response.body.length > SHOWN_CONTENT ? `${response.body.slice(0, SHOWN_CONTENT)}\n… (${plural(response.bodyBytes, 'byte')} in all)` : response.body)
  }
  return el('pre', { class: 'checker-message', tabindex: '0', 'aria-label': `The response as read: ${checked.label}` }, code)
}

function details(checked: CheckedResponse): HTMLElement[] {
  const groups = (['error', 'warning', 'info'] as const).flatMap((severity) => {
    const findings = checked.findings.filter((f) => f.severity === severity)
    if (findings.length === 0) return []
    return [el('h4', {}, `${SEVERITY_HEADINGS[severity]} (${findings.length})`), el('ul', { class: 'checker-findings' }, ...findings.map(findingNode))]
  })
  return [...(groups.length ? groups : [el('p', {}, 'No findings: nothing here breaks a rule the checker knows.')]), messageNode(checked)]
}

function responseNode(checked: CheckedResponse, index: number): HTMLElement {
  const { findings } = checked
  const summary = el(
    'summary',
    {},
    el('span', { class: 'checker-response-label' }, checked.label),
    ' ',
    el('span', { class: 'checker-counts' }, `${plural(count(findings, 'error'), 'error')}, ${plural(count(findings, 'warning'), 'warning')}, ${plural(count(findings, 'info'), 'note')}`),
  )
  const section = el('details', { class: 'checker-response' }, summary)
  const fill = () => {
    if (section.childElementCount === 1) section.append(...details(checked))
  }
  if (index < OPEN_AT_ONCE) {
    section.open = true
    fill()
  } else section.addEventListener('toggle', fill, { once: true })
  return section
}

function render(report: Report): void {
  if (!report.ok) {
    status.textContent = report.error
    results.replaceChildren()
    return
  }
  const all = report.responses.flatMap((r) => r.findings)
  status.textContent = `${plural(report.responses.length, 'response')}: ${plural(count(all, 'error'), 'error')}, ${plural(count(all, 'warning'), 'warning')}, ${plural(count(all, 'info'), 'note')}.`
  results.replaceChildren(...report.responses.map(responseNode))
}

/** The whole of a long paste or file while the box shows its start; cleared once the box is edited. */
let held: string | undefined

function text(): string {
  return held ?? input.value
}

function check(): void {
  if (text().trim() === '') {
    status.textContent = ''
    results.replaceChildren()
    return
  }
  const started = performance.now()
  const report = checkInput(text(), data)
  // Read by the benchmark (npm run bench): how long a check takes in the page.
  performance.measure('checker', { start: started, end: performance.now() })
  render(report)
}

let timer: ReturnType<typeof setTimeout> | undefined
input.addEventListener('input', () => {
  clearTimeout(timer)
  // An edit of the box means the box is what to check now.
  if (held !== undefined) hold(undefined)
  // A long paste waits a little more, so typing in it stays fluid.
  timer = setTimeout(check, input.value.length > 100_000 ? 400 : 150)
})

function megabytes(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(1)} MB`
}

function hold(whole: string | undefined): void {
  held = whole
  heldNote.hidden = whole === undefined
  heldNote.textContent = whole === undefined ? '' : `The box shows the first ${SHOWN_IN_BOX / 1000} KB of ${megabytes(whole.length)}; all of it is checked. Editing the box checks what it shows.`
}

function load(whole: string): void {
  clearTimeout(timer)
  if (whole.length > SHOWN_IN_BOX) {
    hold(whole)
    input.value = whole.slice(0, SHOWN_IN_BOX)
  } else {
    hold(undefined)
    input.value = whole
  }
  check()
}

// A long paste is taken over before the browser puts it in the box.
input.addEventListener('paste', (event) => {
  const pasted = event.clipboardData?.getData('text/plain') ?? ''
  if (pasted.length <= SHOWN_IN_BOX) return
  event.preventDefault()
  load(pasted)
})

async function readFile(picked: File | undefined): Promise<void> {
  if (!picked) return
  load(await picked.text())
}

fileInput.addEventListener('change', () => void readFile(fileInput.files?.[0]))
input.addEventListener('dragover', (event) => event.preventDefault())
input.addEventListener('drop', (event) => {
  const dropped = event.dataTransfer?.files[0]
  if (!dropped) return
  event.preventDefault()
  void readFile(dropped)
})
for (const button of root.querySelectorAll<HTMLButtonElement>('.checker-example')) {
  button.addEventListener('click', () => {
    const example = CHECK_EXAMPLES.find((e) => e.id === button.dataset.example)
    if (example) load(example.text)
    input.focus()
  })
}
if (input.value.trim() !== '') check() // text the browser restored on Back
