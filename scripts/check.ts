// npm run check -- [--json] [FILE|-]: checks HTTP responses (raw, curl -i/-I/-v output, devtools
// header blocks or a HAR file) against the specs and the catalogue, and prints the findings.
// Exit status: 0 when no finding is an error, 1 when one is, 2 when the input holds no HTTP response.
import { readFileSync } from 'node:fs'
import { checkInput, type Report } from '../kernel/checker/check.ts'
import { loadCatalogue } from './catalogue/load.ts'
import { checkerData } from './render/checker-data.ts'
import { CATALOGUE_FILE } from './site.ts'

const USAGE = 'usage: npm run check -- [--json] [FILE|-]   (reads standard input when FILE is - or missing)'

function readInput(file: string | undefined): string {
  if (file === undefined || file === '-') return readFileSync(0, 'utf8')
  return readFileSync(file, 'utf8')
}

function printText(report: Extract<Report, { ok: true }>): void {
  for (const checked of report.responses) {
    console.log(`\n${checked.label}`)
    if (checked.findings.length === 0) console.log('  no findings')
    for (const finding of checked.findings) {
      console.log(`  ${finding.severity.padEnd(7)} ${finding.rule}: ${finding.message}`)
      console.log(`          ${finding.source.label} ${finding.source.url}`)
    }
  }
  const count = (severity: string) => report.responses.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0)
  console.log(`\n${report.responses.length} response${report.responses.length === 1 ? '' : 's'}: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes.`)
}

function main(args: string[]): number {
  const json = args.includes('--json')
  const files = args.filter((arg) => arg !== '--json')
  if (files.length > 1 || files.some((arg) => arg.startsWith('--') )) {
    console.error(USAGE)
    return 2
  }
  let text: string
  try {
    text = readInput(files[0])
  } catch (error) {
    console.error(`Cannot read ${files[0]}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
    return 2
  }
  const report = checkInput(text, checkerData(loadCatalogue(process.env.CATALOGUE ?? CATALOGUE_FILE)))
  if (!report.ok) {
    if (json) console.log(JSON.stringify({ error: report.error, findings: [] }))
    else console.error(report.error)
    return 2
  }
  const findings = report.responses.flatMap((checked) =>
    checked.findings.map((finding) => ({ response: checked.label, status: checked.response.status, ...finding })),
  )
  if (json) console.log(JSON.stringify({ input: report.kind, responses: report.responses.length, findings }, null, 2))
  else printText(report)
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0
}

process.exitCode = main(process.argv.slice(2))
