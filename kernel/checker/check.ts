import type { SourceLink } from '../sources.ts'
import { codePath } from '../paths.ts'
import type { CheckerData } from './data.ts'
import type { Exchange, InputKind, Request, Response } from './message.ts'
import { parseInput } from './parse.ts'
import { RULES, type Severity } from './rules.ts'

export interface Finding {
  rule: string
  severity: Severity
  message: string
  /** the header field it concerns, if any */
  field?: string
  source: SourceLink
  /** the page of the response's status code on this site, when the catalogue has it */
  codePage?: string
}

export interface CheckedResponse {
  /** "GET /orders -> 201 Created", "response 2 of 3: 200 OK" */
  label: string
  exchange: number
  request?: Request
  response: Response
  findings: Finding[]
}

export type Report = { ok: true; kind: InputKind; responses: CheckedResponse[] } | { ok: false; error: string }

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** Every finding for one response, errors first. */
export function checkResponse(response: Response, request: Request | undefined, data: CheckerData): Finding[] {
  const code = data.codes[String(response.status)]
  const context = { response, request, code, data }
  const findings: Finding[] = []
  for (const rule of RULES) {
    for (const hit of rule.check(context)) {
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        message: hit.message,
        ...(hit.field ? { field: hit.field } : {}),
        source: hit.source ?? rule.source,
        ...(code ? { codePage: codePath(response.status) } : {}),
      })
    }
  }
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
}

function labelOf(exchange: Exchange, response: Response, index: number, total: number, data: CheckerData): string {
  const name = data.codes[String(response.status)]?.name ?? response.reason
  const outcome = `${response.status}${name ? ` ${name}` : ''}`
  const request = exchange.request ? `${exchange.request.method} ${exchange.request.url ?? exchange.request.target} → ` : ''
  return total > 1 ? `Response ${index + 1} of ${total}: ${request}${outcome}` : `${request}${outcome}`
}

/** Reads the input and checks every response in it; never throws for any input. */
export function checkInput(text: string, data: CheckerData): Report {
  const parsed = parseInput(text)
  if (!parsed.ok) return parsed
  const all = parsed.input.exchanges.flatMap((exchange, e) => exchange.responses.map((response) => ({ exchange, e, response })))
  return {
    ok: true,
    kind: parsed.input.kind,
    responses: all.map(({ exchange, e, response }, i) => ({
      label: labelOf(exchange, response, i, all.length, data),
      exchange: e,
      ...(exchange.request ? { request: exchange.request } : {}),
      response,
      findings: checkResponse(response, exchange.request, data),
    })),
  }
}
