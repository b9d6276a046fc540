/** The copy button of each code block (VitePress wires it up in the browser). */
export function installCopyCode(): void {
  document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('div[class*="language-"] > button.copy') : null
    const pre = button?.parentElement?.querySelector('pre')
    if (!button || !pre) return
    try {
      await navigator.clipboard.writeText(pre.innerText.replace(/\n$/, ''))
    } catch {
      return
    }
    button.classList.add('copied')
    setTimeout(() => button.classList.remove('copied'), 2000)
  })
}
