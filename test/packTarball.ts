// The packed tarball, installed as a user installs it, for the tests that
// build real apps from it (test/nextjs, test/docs): `npm pack` of the built
// package, extracted into a scratch app's node_modules, with the app's other
// packages linked from this repo so that nothing is fetched.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..')

export const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  name: string
  exports: Record<string, string | { types: string; default: string }>
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

/** Runs a command; a failure carries what it printed. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  } catch (error: unknown) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`.slice(-6000), { cause: error })
  }
}

/** Runs a command without blocking the test worker; resolves with its output, rejects with it. */
export function runAsync(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-6000)}`))))
  })
}

/** Builds dist/ if a file the exports map names is missing (`npm test` builds first). */
export function ensureBuilt(): void {
  const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : [target.types, target.default]))
  if (!targets.filter((target) => !target.includes('*')).every((target) => existsSync(join(repo, target)))) run('npm', ['run', 'build', '--silent'], repo)
}

/**
 * A scratch app folder (in a new temporary folder) with the packed package
 * extracted into its node_modules and `linked` packages pointing at this
 * repo's copies. Returns the app folder and the tarball's file list.
 */
export function packedApp(prefix: string, linked: string[]): { work: string; app: string; files: string[] } {
  ensureBuilt()
  const work = mkdtempSync(join(tmpdir(), prefix))
  const packed = (JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], repo)) as { filename: string; files: { path: string }[] }[])[0]!
  const app = join(work, 'app')
  const installed = join(app, 'node_modules', manifest.name)
  mkdirSync(installed, { recursive: true })
  run('tar', ['-xzf', join(work, packed.filename), '-C', installed, '--strip-components=1'], work)
  const peers = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]
  for (const name of new Set([...peers, ...linked])) {
    const source = join(repo, 'node_modules', name)
    if (!existsSync(source)) continue
    const target = join(app, 'node_modules', name)
    mkdirSync(dirname(target), { recursive: true })
    symlinkSync(source, target, 'dir')
  }
  return { work, app, files: packed.files.map((file) => file.path) }
}

/** Chromium as every browser test here launches it: Debian's, never a download. */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
}
