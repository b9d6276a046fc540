import { execFileSync } from 'node:child_process'
import { createServer } from 'node:net'

/** A port of 127.0.0.1 that nobody listens on right now, asked of the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))))
    })
  })
}

/** The same, synchronously, for config files that cannot wait (it asks a child process). */
export function freePortSync(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))
}

interface WaitOptions {
  timeoutMs?: number
  /** why the wait should stop early (say, the server process exited), or nothing to go on waiting */
  failure?: () => string | undefined
}

/** Resolves once `url` answers at all (any status), polling; rejects after the timeout. */
export async function waitForServer(url: string, { timeoutMs = 30_000, failure }: WaitOptions = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const failed = failure?.()
    if (failed) throw new Error(failed)
    try {
      await fetch(url, { redirect: 'manual' })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error(`nothing answered at ${url} within ${timeoutMs / 1000} s${failure?.() ? `: ${failure()}` : ''}`)
}
