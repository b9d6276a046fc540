// Runs one VitePress build in this process and prints its wall time and peak memory as JSON.
import { build } from 'vitepress'

const started = performance.now()
await build(process.argv[2] ?? '.')
const ms = performance.now() - started
console.log(JSON.stringify({ ms, maxRssBytes: process.resourceUsage().maxRSS * 1024 }))
