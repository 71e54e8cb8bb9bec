import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
import { defineConfig, type Plugin } from 'vite'

// The optional stylesheet ships as it is written: `react-api-errors/styles.css`.
const copyStyles: Plugin = {
  name: 'copy-styles',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync('src/styles.css', 'utf8') })
  },
}

// Library build only; tests live in vitest.config.ts.
export default defineConfig({
  plugins: [react(), copyStyles],
  build: {
    lib: {
      entry: { index: 'src/index.ts', core: 'src/core/index.ts', 'react-hook-form': 'src/forms/reactHookForm.ts', 'locales/fr': 'src/messages/fr.ts' },
      formats: ['es'],
    },
    // public/ holds MSW's worker for Storybook; it must not ship.
    copyPublicDir: false,
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^react-error-boundary/, /^react-hook-form/],
    },
  },
})
