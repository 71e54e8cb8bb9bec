import react from '@vitejs/plugin-react'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import { setOffline, takeTestApiRequests } from './test/browserCommands.js'

/** Debian's chromium; browser tools must never download a browser of their own. */
export const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
})

// React 18, installed apart by `npm ci --prefix test/react18` (npm cannot hold
// a second react-dom beside React 19's peers), for the unit-react18 project.
// Without it (a fresh clone) every other project still runs: only unit-react18
// is left out, and says so.
const react18 = fileURLToPath(new URL('test/react18/node_modules/', import.meta.url))
const hasReact18 = existsSync(`${react18}react-dom`)
// Vitest loads this file more than once per run: say it once.
if (!hasReact18 && !process.env.REACT18_SKIP_TOLD) {
  process.env.REACT18_SKIP_TOLD = '1'
  console.warn('Skipping the unit-react18 project: React 18 is not installed in test/react18 (run `npm run setup:react18`).')
}

// The component, hook and form tests again on React 18. Libraries that
// import React are inlined so that they see the alias too.
const react18Project: TestProjectInlineConfiguration = {
  extends: true,
  resolve: {
    alias: [
      { find: /^(react|react-dom)(\/.*)?$/, replacement: `${react18}$1$2` },
      // Their `main` is CommonJS, whose require() would bypass the alias: use their ES builds.
      { find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' },
      { find: /^react-error-boundary$/, replacement: 'react-error-boundary/dist/react-error-boundary.js' },
    ],
  },
  test: {
    name: 'unit-react18',
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
    // TanStack Form reaches React through use-sync-external-store's CommonJS shim, whose require() the alias cannot reach.
    exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**', 'src/integrations/tanstackForm.test.tsx'],
    setupFiles: ['test/setup.ts'],
    env: { REACT_MAJOR: '18' },
    server: { deps: { inline: [/@testing-library\/react/, /@tanstack\/react-query/, /react-error-boundary/, /react-hook-form/] } },
  },
}

export default defineConfig({
  plugins: [react()],
  test: {
    // No globals: every test imports describe, it, expect, vi from 'vitest'.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
          setupFiles: ['test/setup.ts'],
          typecheck: { enabled: true, include: ['src/**/*.test-d.{ts,tsx}', 'test/**/*.test-d.{ts,tsx}'] },
        },
      },
      ...(hasReact18 ? [react18Project] : []),
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}', 'test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          // The real Node frameworks for test/frameworks/*.browser.test.tsx (the page cannot start servers).
          globalSetup: ['test/frameworks/globalSetup.ts'],
          // Each browser project gets its own fresh `browser` object (a shared one fails).
          browser: { enabled: true, headless: true, provider: chromium, instances: [{ browser: 'chromium' }], commands: { setOffline, takeTestApiRequests } },
        },
      },
      {
        // Every story is a test in headless chromium; the a11y addon fails it on a violation.
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          // The dashboard waits out a real Retry-After and a 503 backoff.
          testTimeout: 30_000,
          browser: { enabled: true, headless: true, provider: playwright(chromium.options), instances: [{ browser: 'chromium' }] },
        },
      },
    ],
  },
})
