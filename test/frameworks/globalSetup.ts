// The browser cannot start servers: the browser project's globalSetup starts
// every framework in Node and hands the page their URLs (`inject('frameworkUrls')`).
import type { TestProject } from 'vitest/node'
import { frameworks } from './servers.js'

declare module 'vitest' {
  export interface ProvidedContext {
    frameworkUrls: Record<string, string>
  }
}

export default async function setup(project: TestProject) {
  const started = await Promise.all(Object.entries(frameworks).map(async ([name, start]) => [name, await start()] as const))
  project.provide('frameworkUrls', Object.fromEntries(started.map(([name, server]) => [name, server.url])))
  return async () => {
    await Promise.all(started.map(([, server]) => server.close()))
  }
}
