/** Puts text on the clipboard; falls back to the older copy command where the Clipboard API refuses (no focus, no permission). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.cssText = 'position:fixed;top:0;left:0;opacity:0'
    const focused = document.activeElement as HTMLElement | null
    document.body.append(area)
    area.select()
    const copied = document.execCommand('copy')
    area.remove()
    focused?.focus()
    return copied
  }
}

/** The copy button of each code block (VitePress wires it up in the browser). */
export function installCopyCode(): void {
  document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('div[class*="language-"] > button.copy') : null
    const pre = button?.parentElement?.querySelector('pre')
    if (!button || !pre) return
    if (!(await copyText((pre.textContent ?? '').replace(/\n$/, '')))) return
    button.classList.add('copied')
    setTimeout(() => button.classList.remove('copied'), 2000)
  })
}
