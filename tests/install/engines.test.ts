// A newcomer's install is quiet: every package in the lock file accepts the oldest Node the README and
// package.json name, so `npm ci` prints no engine warning there; every install script is reviewed.
import { readFileSync } from 'node:fs'
import semver from 'semver'
import { describe, expect, it } from 'vitest'

type LockEntry = { engines?: { node?: string } | string[]; hasInstallScript?: boolean }
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; allowScripts?: Record<string, boolean> }
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> }
const readme = readFileSync('README.md', 'utf8')
const oldest = semver.minVersion(pkg.engines.node)!.version

const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)

describe('install', () => {
  it('names one Node range in package.json and the README', () => {
    expect(oldest).toBe('20.19.0')
    expect(readme).toContain('Node 20.19')
  })

  const withEngines = Object.entries(lock.packages)
    .filter(([path, e]) => path !== '' && e.engines && !Array.isArray(e.engines) && e.engines.node)
    .map(([path, e]) => [nameOf(path), (e.engines as { node: string }).node] as const)

  it('reads engine ranges from the lock file', () => {
    expect(withEngines.length).toBeGreaterThan(20)
  })

  it.each(withEngines)('%s accepts Node %s at the oldest version we name', (_name, range) => {
    expect(semver.satisfies(oldest, range), `${range} refuses ${oldest}`).toBe(true)
  })

  it('has every install script reviewed in allowScripts', () => {
    const scripted = Object.entries(lock.packages).filter(([p, e]) => p !== '' && e.hasInstallScript).map(([p]) => nameOf(p))
    expect(scripted.length).toBeGreaterThan(0)
    for (const name of scripted) expect(pkg.allowScripts?.[name], name).toBe(true)
  })
})
