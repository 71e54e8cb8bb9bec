import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// Library build only; tests live in vitest.config.ts.
export default defineConfig({
  plugins: [react()],
  build: {
    lib: {
      entry: { index: 'src/index.ts', core: 'src/core/index.ts', 'react-hook-form': 'src/forms/reactHookForm.ts' },
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
