// The colour-scheme switch. VitePress's inline head script applies the stored choice before the
// first paint; this keeps the switches in step with it and stores a new choice.
const STORAGE_KEY = 'vitepress-theme-appearance'
const SWITCH = '.VPSwitchAppearance'

function isDark(): boolean {
  return document.documentElement.classList.contains('dark')
}

function syncSwitches(): void {
  const dark = isDark()
  for (const button of document.querySelectorAll<HTMLElement>(SWITCH)) {
    button.setAttribute('aria-checked', String(dark))
    button.title = dark ? 'Switch to light theme' : 'Switch to dark theme'
  }
}

function apply(dark: boolean): void {
  // Colours change at once rather than through every element's own transition.
  const pause = document.createElement('style')
  pause.textContent = '*,*::before,*::after{transition:none!important}'
  document.head.append(pause)
  document.documentElement.classList.toggle('dark', dark)
  syncSwitches()
  void getComputedStyle(document.body).opacity
  requestAnimationFrame(() => pause.remove())
}

export function installAppearanceSwitch(): void {
  syncSwitches()
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest(SWITCH)) return
    const dark = !isDark()
    try {
      localStorage.setItem(STORAGE_KEY, dark ? 'dark' : 'light')
    } catch {
      // storage can be off (private mode); the switch still works for this page
    }
    apply(dark)
  })
  const systemDark = matchMedia('(prefers-color-scheme: dark)')
  systemDark.addEventListener('change', () => {
    let stored: string | null = null
    try {
      stored = localStorage.getItem(STORAGE_KEY)
    } catch {
      // no storage: follow the system
    }
    if (!stored || stored === 'auto') apply(systemDark.matches)
  })
}

/** A new switch (the mobile menu's copy) picks up the current state. */
export { syncSwitches }
