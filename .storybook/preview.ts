import type { Preview } from '@storybook/react-vite'
import { setupWorker } from 'msw/browser'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { resetSeedApis, seedHandlers } from '../stories/api/index.js'

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
  // Every story starts from the first attempt: no remembered 503s, windows or tokens.
  beforeEach() {
    resetSeedApis()
  },
  parameters: {
    // An accessibility violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true, matchers: { date: /Date$/i } },
    options: { storySort: { order: ['Guide', 'Components', 'Seed APIs', 'Dashboard'] } },
  },
  tags: ['autodocs'],
}

export default preview
