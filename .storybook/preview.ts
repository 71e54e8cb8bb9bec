import type { Preview } from '@storybook/react-vite'
import { setupWorker } from 'msw/browser'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { createElement } from 'react'
import { ApiErrorsProvider } from '../src/index.js'
import { fr } from '../src/messages/fr.js'
import { resetSeedApis, seedHandlers, seedProfiles } from '../stories/api/index.js'
import { expectNoUnexpectedConsoleErrors, stopWatching, watchConsoleErrors, type ConsoleErrorsAllowed } from '../stories/support/consoleGuard.js'
import { componentDescription, propExamplesAsCode } from '../test/docs/tsdoc.js'

import '../src/styles.css'
import '../stories/support/stories.css'

// The five seed APIs answer every story: their handlers are the worker's
// initial handlers, so they survive the addon's reset between stories, and a
// story adds its own with `beforeEach({ msw }) { msw.use(...) }`.
async function startWorker() {
  const worker = setupWorker(...seedHandlers)
  await worker.start({
    quiet: true,
    // Vite modules and Storybook's own files pass through untouched; only an
    // API call no handler knows is worth a warning.
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/api/')) print.warning()
    },
  })
  return worker
}

const preview: Preview = {
  loaders: [mswLoader(startWorker)],
  // Every story sits in a provider speaking the toolbar's language, as an app's root would.
  decorators: [
    (Story, { globals }) => {
      const locale = globals.locale === 'fr' ? 'fr' : 'en'
      const theme = globals.theme === 'dark' ? 'dark' : 'light'
      return createElement(
        ApiErrorsProvider,
        { locale, messages: locale === 'fr' ? fr : undefined, supportUrl: 'mailto:support@example.com', profiles: seedProfiles },
        createElement('div', { lang: locale, 'data-theme': theme, className: 'story-root' }, createElement(Story)),
      )
    },
  ],
  globalTypes: {
    locale: {
      description: 'Language of the messages',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'fr', title: 'Français' }], dynamicTitle: true },
    },
    theme: {
      description: 'The stylesheet\'s light or dark theme (data-theme)',
      toolbar: { title: 'Theme', icon: 'contrast', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  // Every story starts from the first attempt: no remembered 503s, windows or tokens.
  // An unexpected console.error fails the story, as it fails a unit test; a
  // story that throws to a boundary declares `parameters.consoleErrors: 'boundary'`.
  beforeEach({ parameters }) {
    resetSeedApis()
    watchConsoleErrors(parameters.consoleErrors as ConsoleErrorsAllowed)
    return () => void stopWatching()
  },
  afterEach({ parameters }) {
    expectNoUnexpectedConsoleErrors(stopWatching(), parameters.consoleErrors as ConsoleErrorsAllowed)
  },
  parameters: {
    // An accessibility violation fails the story's test: WCAG 2.0-2.2 A and AA and
    // axe's best practices, with the 2.2 target size (24 x 24 px) that axe leaves off.
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        rules: { 'target-size': { enabled: true } },
      },
    },
    controls: { expanded: true, matchers: { date: /Date$/i } },
    options: {
      storySort: {
        order: [
          'Guide',
          'Components',
          ['ErrorMessage', 'ErrorAlert', 'RetryPrompt', 'OfflineNotice', 'FieldError', 'ErrorSummary', 'QueryErrorBoundary', 'ApiErrorsProvider'],
          'Behaviour',
          'Integrations',
          'Seed APIs',
          'Dashboard',
        ],
      },
    },
    // TSDoc `@example` blocks show as code on the docs pages (test/docs/tsdoc.ts).
    docs: { extractComponentDescription: componentDescription },
  },
  argTypesEnhancers: [propExamplesAsCode],
  tags: ['autodocs'],
}

export default preview
