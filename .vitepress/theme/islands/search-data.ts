// A root-relative import: Vite resolves it in the site's source folder (srcDir), so a build of
// another catalogue (CATALOGUE, DOCS_DIR) bundles that catalogue's search data.
import type { SearchData } from '../../../kernel/search/records.ts'
import file from '/search-records.json'

/** Every code as the searches see it; written by `npm run generate`, bundled as a hashed asset. */
export const codes = (file as SearchData).codes
/** The comparisons, the guide and the checker, which the searches offer before any code. */
export const pages = (file as SearchData).pages
