// `npm run cli -- …`: runs the command line from its prebuilt bundle, dist-cli/cli/main.mjs (plain Node,
// no TypeScript compiled at start-up), building it first with vite.cli.config.ts when it is missing or
// older than any source it is built from. Built into a folder of its own and moved into place, so that
// two runs starting together never see half a bundle.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const OUT = join(ROOT, 'dist-cli')
const BUNDLE = join(OUT, 'cli', 'main.mjs')
/** What the bundle is made of: the command line and the core it runs (its only layer), the build's config and the dependencies. */
const SOURCES = ['src/cli', 'src/core', 'vite.cli.config.ts', 'package.json', 'package-lock.json']

/** The newest modification time under `path` (a folder's own time changes when a file is added or removed). */
function newest(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((time, name) => Math.max(time, newest(join(path, name))), stat.mtimeMs)
}

function stale() {
  if (!existsSync(BUNDLE)) return true
  const built = statSync(BUNDLE).mtimeMs
  return SOURCES.some(source => existsSync(join(ROOT, source)) && newest(join(ROOT, source)) > built)
}

if (stale()) {
  const { build } = await import('vite')
  const next = join(ROOT, `.dist-cli-${process.pid}`)
  // Two folders deep like src/cli/, so that the sources' ../../data/ is the repository's data/.
  await build({ root: ROOT, configFile: join(ROOT, 'vite.cli.config.ts'), logLevel: 'error', build: { outDir: join(next, 'cli') } })
  const old = `${next}-old`
  if (existsSync(OUT)) renameSync(OUT, old)
  renameSync(next, OUT)
  rmSync(old, { recursive: true, force: true })
}

// The bundle runs as the command when it is the script Node was started with.
process.argv[1] = BUNDLE
await import(pathToFileURL(BUNDLE).href)
