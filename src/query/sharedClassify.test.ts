import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { ApiProfile, ErrorAdapter } from '../core/index.js'
import { classifyOptionsFor, clientOf, mergeClassify, shareClassify } from './sharedClassify.js'

const profile = (name: string): ApiProfile => ({ name, match: `https://${name}.test` })
const adapter: ErrorAdapter = () => undefined

describe('mergeClassify', () => {
  it("keeps the code's value where both set one and joins lists, the code's first", () => {
    const [a, b, c] = [profile('a'), profile('b'), profile('c')]
    const merged = mergeClassify({ maxBodyBytes: 10, profiles: [a, b] }, { maxBodyBytes: 99, requestIdHeaders: ['x-trace'], profiles: [c, a], adapters: [adapter] })
    expect(merged).toMatchObject({ maxBodyBytes: 10, requestIdHeaders: ['x-trace'], profiles: [a, b, c], adapters: [adapter] })
  })

  it('returns either side as it is when the other is missing', () => {
    const own = { maxBodyBytes: 1 }
    expect(mergeClassify(own, undefined)).toBe(own)
    expect(mergeClassify(undefined, own)).toBe(own)
    expect(mergeClassify({ maxBodyBytes: undefined }, own)).toMatchObject({ maxBodyBytes: 1 })
  })
})

describe('shareClassify', () => {
  it('applies the latest still shared, and the one before it once that stops', () => {
    const client = new QueryClient()
    const cache = client.getQueryCache()
    const stopFirst = shareClassify(client, { maxBodyBytes: 1 })
    const stopSecond = shareClassify(client, { maxBodyBytes: 2 })
    expect(classifyOptionsFor(cache)).toEqual({ maxBodyBytes: 2 })
    stopSecond()
    expect(classifyOptionsFor(cache)).toEqual({ maxBodyBytes: 1 })
    stopFirst()
    expect(classifyOptionsFor(cache, { now: Date.now })).toEqual({ now: Date.now })
  })
})

describe('clientOf', () => {
  it("finds the client in a query function's context or a mutation function's last argument, and nothing in the app's own values", () => {
    const client = new QueryClient()
    expect(clientOf([{ client, queryKey: ['a'] }])).toBe(client)
    expect(clientOf([{ name: 'x' }, { client }])).toBe(client)
    expect(clientOf([{ client: 'Acme Ltd' }])).toBeUndefined()
    expect(clientOf([])).toBeUndefined()
    expect(clientOf([null])).toBeUndefined()
  })
})
