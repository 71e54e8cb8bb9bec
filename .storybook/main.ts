import type { StorybookConfig } from '@storybook/react-vite'

// Written by hand: the create command installs older versions and downloads a browser.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // react-docgen-typescript breaks on some TypeScript releases; react-docgen reads our props fine.
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // MSW's worker (public/mockServiceWorker.js) is served from here.
  staticDirs: ['../public'],
}

export default config
