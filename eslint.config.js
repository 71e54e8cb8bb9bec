import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The layers of src/, each with the layers it may import. A layer imports only
// those before it; nothing imports the root barrel (`src/index.ts`), the API
// profiles (entries the app passes in) or the integrations (entries of their
// own). Tests are exempt: they may wire layers together.
const frameworks = ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*', 'react-error-boundary', 'react-hook-form']
const layers = {
  core: { may: [], packages: frameworks, why: 'src/core is framework-free and imports only src/core.' },
  messages: { may: ['core'], packages: frameworks, why: 'src/messages is framework-free and imports only src/core.' },
  apis: { may: ['core', 'messages'], packages: frameworks, why: 'API profiles are framework-free: src/core and src/messages only.' },
  context: { may: ['core', 'messages'], packages: ['@tanstack/*'], why: 'src/context imports only src/core and src/messages.' },
  hooks: { may: ['core', 'messages', 'context'], packages: ['@tanstack/*'], why: 'src/hooks holds framework-free hooks: no TanStack Query, no later layers.' },
  query: { may: ['core', 'messages', 'context', 'hooks'], packages: [], why: 'src/query imports only core, messages, context and hooks.' },
  components: { may: ['core', 'messages', 'context', 'hooks', 'query'], packages: [], why: 'src/components imports only the layers before it.' },
  forms: { may: ['core', 'messages', 'context', 'hooks'], packages: ['@tanstack/*'], why: 'src/forms imports only core, messages, context and hooks.' },
  integrations: { may: ['core', 'messages', 'context', 'hooks', 'query', 'components', 'forms'], packages: [], why: 'An integration imports library layers, never the root barrel or API profiles.' },
}
const layerRules = Object.entries(layers).map(([layer, { may, packages, why }]) => {
  const banned = Object.keys(layers).filter((other) => other !== layer && !may.includes(other))
  const paths = [...banned.flatMap((other) => [`../${other}/*`, `../../${other}/*`]), '../index.js', '../../index.js']
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}', '**/*.test-d.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...(packages.length > 0 ? [{ group: packages, message: why }] : []),
        { group: paths, message: why },
      ] }],
    },
  }
})
// The dialects sit one level down in the core: `../` is the core, `../../` is outside it.
layerRules.push({
  files: ['src/core/dialects/**/*.ts'],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [
      { group: frameworks, message: 'src/core is framework-free.' },
      { group: ['../../*'], message: 'A dialect imports only src/core (`../`), never what is outside it.' },
    ] }],
  },
})

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'node_modules', 'public', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
  },
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Server text is data: render it as text.' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layerRules,
  {
    files: ['**/*.test.{ts,tsx}', '**/*.test-d.{ts,tsx}', 'test/**', 'stories/**', '**/*.stories.tsx', 'scripts/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
)
