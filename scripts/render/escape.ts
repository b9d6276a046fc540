/**
 * Escapes text for HTML element content and attribute values. Line breaks become character
 * references too: our HTML blocks must stay on one line, because Markdown ends an HTML block at
 * a blank line and would read the rest of the text as Markdown and Vue template.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
}

/**
 * JSON for the inside of a <script> element: `<`, `>` and `&` become \u escapes so no text can
 * close the element or open a comment; U+2028/2029 are escaped for old JavaScript parsers.
 * The result is still valid JSON that parses back to the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
