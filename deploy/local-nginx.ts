import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { freePort, waitForServer } from '../scripts/lib/net.ts'

/** deploy/nginx.conf: the server block deployers copy. */
const SERVER_BLOCK = resolve(import.meta.dirname, 'nginx.conf')

export interface LocalNginx {
  url: string
  stop(): Promise<void>
}

/** The nginx binary on PATH or in the usual sbin folders, if any. */
export function findNginx(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx']) {
    if (existsSync(candidate)) return candidate
  }
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

/** deploy/nginx.conf with its listen and root lines pointed at a local port and folder. */
function localServerBlock(template: string, port: number, root: string): string {
  let listens = 0
  let roots = 0
  const block = template
    .replace(/^(\s*)listen\s+[^;]+;\n/gm, (_line, indent: string) => (listens++ === 0 ? `${indent}listen 127.0.0.1:${port};\n` : ''))
    .replace(/^(\s*)root\s+[^;]+;/gm, (_line, indent: string) => {
      roots++
      return `${indent}root ${JSON.stringify(resolve(root))};`
    })
  if (listens === 0 || roots !== 1) throw new Error(`deploy/nginx.conf must have listen lines and one root line (found ${listens} and ${roots})`)
  return block
}

/**
 * A main configuration around the server block that runs as any user: everything nginx writes
 * (pid, temp files) goes to a temp folder, and only the modules this build has are configured.
 */
function mainConfig(nginx: string, folder: string): string {
  // `nginx -V` prints the build's paths and left-out modules, on stderr.
  const flags = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr
  const confPath = /--conf-path=(\S+)/.exec(flags)?.[1] ?? '/etc/nginx/nginx.conf'
  const mimeTypes = join(dirname(confPath), 'mime.types')
  const temp = ['client_body', ...['proxy', 'fastcgi', 'uwsgi', 'scgi'].filter((module) => !flags.includes(`--without-http_${module}_module`))]
  return [
    'daemon off;',
    'master_process off;',
    `pid ${join(folder, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 64; }',
    'http {',
    existsSync(mimeTypes)
      ? `  include ${mimeTypes};`
      : '  types { text/html html; text/css css; application/javascript js; image/svg+xml svg; image/x-icon ico; application/json json; application/xml xml; }',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...temp.map((name) => `  ${name}_temp_path ${join(folder, name)};`),
    '  include site.conf;',
    '}',
    '',
  ].join('\n')
}

function supportsErrorLogFlag(nginx: string): boolean {
  const [major = 0, minor = 0, patch = 0] = (/nginx\/(\d+)\.(\d+)\.(\d+)/.exec(spawnSync(nginx, ['-v'], { encoding: 'utf8' }).stderr) ?? []).slice(1).map(Number)
  return major > 1 || (major === 1 && (minor > 19 || (minor === 19 && patch >= 5)))
}

/**
 * Runs nginx in the foreground on a free port of 127.0.0.1, serving `root` with deploy/nginx.conf.
 * No system service is involved; stop() ends the process and removes its temp folder.
 */
export async function startNginx(root: string, nginx = findNginx()): Promise<LocalNginx> {
  if (!nginx) throw new Error('nginx is not installed')
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} holds no built site; run the build first`)
  const folder = mkdtempSync(join(tmpdir(), 'httpcodes-nginx-'))
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    writeFileSync(join(folder, 'site.conf'), localServerBlock(readFileSync(SERVER_BLOCK, 'utf8'), port, root))
    writeFileSync(join(folder, 'nginx.conf'), mainConfig(nginx, folder))
    // -e (nginx 1.19.5+) keeps nginx from opening the system error log before it reads the configuration.
    const errorLog = supportsErrorLogFlag(nginx) ? ['-e', 'stderr'] : []
    const child = spawn(nginx, [...errorLog, '-p', `${folder}/`, '-c', join(folder, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout!.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (output += chunk))
    const url = `http://127.0.0.1:${port}`
    try {
      await waitForServer(`${url}/`, { timeoutMs: 10_000, failure: () => (child.exitCode !== null ? `nginx exited with ${child.exitCode}:\n${output}` : undefined) })
    } catch (error) {
      child.kill('SIGKILL')
      // Another process may have taken the port between choosing and binding it: try another.
      if (attempt < 3 && /Address already in use/.test(output)) continue
      rmSync(folder, { recursive: true, force: true })
      throw error
    }
    return {
      url,
      stop: () =>
        new Promise<void>((done) => {
          const finish = () => {
            rmSync(folder, { recursive: true, force: true })
            done()
          }
          if (child.exitCode !== null) return finish()
          child.once('exit', finish)
          child.kill('SIGQUIT')
          setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
        }),
    }
  }
}

// `npx tsx deploy/local-nginx.ts [dist]`: serve a build through deploy/nginx.conf to try it by hand.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'local-nginx.ts')) {
  const server = await startNginx(process.argv[2] ?? process.env.OUT_DIR ?? 'dist')
  console.log(`nginx serves ${process.argv[2] ?? process.env.OUT_DIR ?? 'dist'} at ${server.url}/ (Ctrl+C stops it)`)
  process.on('SIGINT', () => void server.stop().then(() => process.exit(0)))
}
