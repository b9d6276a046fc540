/**
 * RFC 4180 CSV: a quoted field may hold commas, line breaks and doubled quotes. Records end in
 * CRLF; with `lineEnd: 'any'` a lone LF ends one too (IANA's files). Anything else is an error.
 */
export function parseCsv(text: string, { lineEnd = 'crlf' }: { lineEnd?: 'crlf' | 'any' } = {}): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let i = 0
  const endOfRecord = () => (text.startsWith('\r\n', i) ? 2 : lineEnd === 'any' && text[i] === '\n' ? 1 : 0)
  while (i < text.length) {
    if (text[i] === '"') {
      i++
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        field += text[i]
        i += text[i] === '"' ? 2 : 1
      }
      if (text[i] !== '"') throw new Error('unterminated quoted field')
      i++
    }
    const end = endOfRecord()
    if (text[i] === ',') {
      record.push(field)
      field = ''
      i++
    } else if (end) {
      records.push([...record, field])
      record = []
      field = ''
      i += end
    } else if (i < text.length) {
      if (text[i] === '"' || text[i] === '\r' || text[i] === '\n') throw new Error(`unquoted ${JSON.stringify(text[i])} at offset ${i}`)
      field += text[i]
      i++
    }
  }
  if (field !== '' || record.length) {
    if (lineEnd === 'crlf') throw new Error('the last record does not end in CRLF')
    records.push([...record, field])
  }
  return records
}
