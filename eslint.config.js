import js from '@eslint/js'
import stylistic from '@stylistic/eslint-plugin'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.tmp/**',
      '**/.strapi/**',
      '**/types/generated/**',
      '**/.nuxt/**',
      '**/.output/**',
      '**/.data/**',
      '**/test-results/**',
      'cms/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  stylistic.configs.customize({ indent: 2, quotes: 'single', semi: false, braceStyle: 'stroustrup' }),
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    // Icons, the site's own constant markup, come from <SiteIcon>; any other v-html says beside it
    // why its markup is safe.
    files: ['**/*.vue'],
    rules: { 'vue/no-v-html': 'error' },
  },
  {
    // TypeScript resolves names, including Nuxt's auto-imports, better than this rule can.
    files: ['**/*.ts', '**/*.vue'],
    rules: { 'no-undef': 'off' },
  },
  {
    // Nuxt names these files after routes and conventions, not after components.
    files: ['web/app/pages/**/*.vue', 'web/app/layouts/*.vue', 'web/app/app.vue', 'web/app/error.vue'],
    rules: { 'vue/multi-word-component-names': 'off' },
  },
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      // Servers and CLI scripts report to the console by design; debugging output does not ship.
      'no-console': ['error', { allow: ['info', 'warn', 'error', 'table'] }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
)
