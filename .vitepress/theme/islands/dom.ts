type Child = Node | string | null | undefined | false

/**
 * Creates an element. Text is always added as a text node and attributes with setAttribute, so
 * catalogue text and typed queries can never become markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value)
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child)
  return element
}

/** Copies Vue's scoped-style attributes (data-v-*) so an element we add is styled like its server-rendered siblings. */
export function copyScopeAttributes(from: Element, to: Element): void {
  for (const attribute of from.attributes) if (attribute.name.startsWith('data-v-')) to.setAttribute(attribute.name, '')
}

export function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}
