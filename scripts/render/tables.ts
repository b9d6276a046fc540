import type { Entry } from '../catalogue/schema.ts'
import { codePath } from '../../kernel/paths.ts'
import { escapeHtml } from './escape.ts'
import { lifecycleLabelHtml } from './describe.ts'

export interface Column {
  header: string
  /** on a phone, where the rows stack, the cell is shown with its header before it */
  labelled?: boolean
}

export interface Row {
  cells: string[]
  attributes?: Record<string, string>
}

/**
 * A table of several columns. On a phone its rows stack (theme style.css, `table.stacks`):
 * the first cell leads, the others follow on lines of their own, so nothing scrolls sideways.
 * Cells are HTML, already escaped by the caller.
 */
export function stackingTable(className: string, columns: Column[], rows: Row[]): string {
  const head = columns.map((column) => `<th>${escapeHtml(column.header)}</th>`).join('')
  const body = rows.map((row) => {
    const attributes = Object.entries(row.attributes ?? {}).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')
    const cells = row.cells.map((cell, i) => `<td${columns[i]?.labelled ? ` data-label="${escapeHtml(columns[i].header)}"` : ''}>${cell}</td>`)
    return `<tr${attributes}>${cells.join('')}</tr>`
  })
  return `<table class="${className} stacks" v-pre><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`
}

/** The list of codes on /codes, the class pages and /unofficial: code, name, meaning, and status or sender. */
export function codesTable(entries: readonly Entry[], last: 'status' | 'sender'): string {
  const columns: Column[] = [{ header: 'Code' }, { header: 'Name' }, { header: 'Meaning' }, last === 'sender' ? { header: 'Sent by', labelled: true } : { header: 'Status' }]
  return stackingTable(
    'codes-table',
    columns,
    entries.map((entry) => {
      const link = (text: string) => `<a href="${codePath(entry.code)}">${escapeHtml(text)}</a>`
      const status = last === 'sender' ? escapeHtml(entry.sentBy ?? '') : entry.lifecycle === 'standard' ? '' : lifecycleLabelHtml(entry) + (entry.sentBy ? escapeHtml(` (${entry.sentBy})`) : '')
      return { cells: [link(String(entry.code)), link(entry.name), escapeHtml(entry.summary), status] }
    }),
  )
}
