// Temporary helper while the catalogue is drafted in batches: validates one draft file
// against the schema, allowing links to any code planned for the catalogue.
import { readFileSync } from 'node:fs'
import { validateCatalogue } from './load.ts'

const PLANNED = [
  100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423,
  424, 425, 426, 428, 429, 430, 431, 440, 444, 449, 450, 451, 460, 463, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503,
  504, 505, 506, 507, 508, 509, 510, 511, 520, 521, 522, 523, 524, 525, 526, 527, 529, 530, 561, 598, 599, 783, 999,
]

for (const file of process.argv.slice(2)) {
  const result = validateCatalogue(JSON.parse(readFileSync(file, 'utf8')), { knownCodes: new Set(PLANNED) })
  if (result.ok) console.log(`${file}: ok (${result.catalogue.codes.length} entries)`)
  else {
    console.log(`${file}: ${result.problems.length} problems`)
    for (const problem of result.problems) console.log(`  - ${problem}`)
    process.exitCode = 1
  }
}
