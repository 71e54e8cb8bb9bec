import type { StorybookConfig } from '@storybook/react-vite'
import remarkGfm from 'remark-gfm'

// Written by hand: the create command installs older versions and downloads a browser.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: [
    // MDX 3 is CommonMark: without GitHub-flavoured Markdown the Guide's tables render as text.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  // react-docgen-typescript breaks on some TypeScript releases; react-docgen reads our props fine.
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // MSW's worker (public/mockServiceWorker.js) is served from here.
  staticDirs: ['../public'],
  // Pre-bundle what only some stories import: found mid-run, Vite would re-optimise and reload the
  // page under a running story test (seen as "Vite unexpectedly reloaded a test" on a fresh clone).
  viteFinal: (config) => ({
    ...config,
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'sonner', '@tanstack/react-form', 'openapi-fetch', '@trpc/client', '@urql/core'],
    },
  }),
}

export default config
