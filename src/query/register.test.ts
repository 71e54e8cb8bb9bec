// @vitest-environment node
// `Register { defaultError: ApiError }` is a global augmentation: declared in a
// file of this project, it would change the error type of every other file's
// type check. So it is checked here, in a program of its own.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const fixturePath = join(root, 'src/query/__register_fixture__.tsx')

const register = `
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError
  }
}
`

const usage = `
import { QueryClient, QueryCache, useMutation, useQuery } from '@tanstack/react-query'
import type { ApiError } from '../core/index.js'
import { useQueryError } from './useQueryError.js'
import { withApiErrorDefaults } from './withApiErrorDefaults.js'

export function Check() {
  const query = useQuery({ queryKey: ['meter'], queryFn: () => Promise.resolve(1) })
  const category: ApiError['category'] | undefined = query.error?.category
  const mutation = useMutation({ mutationFn: (name: string) => Promise.resolve(name) })
  const fields: ApiError['fieldErrors'] | undefined = mutation.error?.fieldErrors
  const waits: number | undefined = query.failureReason?.retryAfterMs
  new QueryClient(withApiErrorDefaults({
    queryCache: new QueryCache({ onError: (error) => void error.category }),
    defaultOptions: { queries: { throwOnError: (error) => error.status === 500 } },
  }))
  return [category, fields, waits, useQueryError(query).error?.category]
}
`

// The documented query boundary, one per client: data keeps the client's
// type, error is ApiError (the runtime half is test/queryFn.apiErrors.test.tsx).
const clients = `
import { useMutation, useQuery } from '@tanstack/react-query'
import axios from 'axios'
import ky from 'ky'
import { ofetch } from 'ofetch'
import { toApiError, type ApiError } from '../core/index.js'
import { withApiErrors } from './withApiErrors.js'

interface Station { id: string }

export function Clients() {
  const viaFetch = useQuery({
    queryKey: ['fetch'],
    queryFn: withApiErrors(async ({ signal }) => {
      const response = await fetch('/api/stations', { signal })
      if (!response.ok) throw await toApiError(response)
      return (await response.json()) as Station[]
    }),
  })
  const viaAxios = useQuery({ queryKey: ['axios'], queryFn: withApiErrors(({ signal }) => axios.get<Station[]>('/api/stations', { signal }).then((r) => r.data)) })
  const viaKy = useQuery({ queryKey: ['ky'], queryFn: withApiErrors(({ signal }) => ky.get('api/stations', { signal, retry: 0 }).json<Station[]>()) })
  const viaOfetch = useQuery({ queryKey: ['ofetch'], queryFn: withApiErrors(({ signal }) => ofetch<Station[]>('/api/stations', { signal, retry: 0 })) })
  const save = useMutation({ mutationFn: withApiErrors((station: Station) => ky.post('api/stations', { json: station }).json<Station>()) })
  save.mutate({ id: 'st-1' })
  const data: (Station[] | undefined)[] = [viaFetch.data, viaAxios.data, viaKy.data, viaOfetch.data]
  const errors: (ApiError | null)[] = [viaFetch.error, viaAxios.error, viaKy.error, viaOfetch.error, save.error]
  const saved: Station | undefined = save.data
  return [data, errors.map((error) => error?.category), saved, viaKy.failureReason?.retryAfterMs]
}
`

let previous: ts.Program | undefined
const parsed = new Map<string, ts.SourceFile | undefined>()

/** The diagnostics of a program made of the project's settings and one file of `source`. */
function check(source: string): string[] {
  const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile)
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root)
  const host = ts.createCompilerHost({ ...options, types: [] })
  const read = host.getSourceFile
  host.getSourceFile = (name, version, ...rest) => {
    if (name === fixturePath) return ts.createSourceFile(name, source, version, true, ts.ScriptKind.TSX)
    if (!parsed.has(name)) parsed.set(name, read(name, version, ...rest))
    return parsed.get(name)
  }
  host.fileExists = ((exists) => (name: string) => name === fixturePath || exists(name))(host.fileExists)
  // Reusing the last program's declaration files halves the second check.
  const program = (previous = ts.createProgram([fixturePath], { ...options, types: [], noEmit: true }, host, previous))
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
}

describe('Register { defaultError: ApiError }', () => {
  it('types query.error, mutation.error, failureReason and cache callbacks as ApiError', () => {
    expect(check(usage + register)).toEqual([])
  }, 60_000)

  it('with withApiErrors around fetch, axios, ky and ofetch: data keeps its type, errors are ApiError', () => {
    expect(check(clients + register)).toEqual([])
  }, 60_000)

  it('is what makes them ApiError: without it the same code does not compile', () => {
    expect(check(usage).join('\n')).toMatch(/Property 'category' does not exist on type 'Error'/)
  }, 60_000)
})
