// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/**
 * The app decides days by the cloud's clock (src/services/clock.ts, appNow()), not the phone's:
 * a phone may be set to the wrong day, and the local cloud's hub moves the cloud's clock.
 */
const APP_CLOCK = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: "Read the app's clock, appNow() from @/services/clock (the cloud's), not the phone's.",
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: "Read the app's clock, appNow() from @/services/clock (the cloud's), not the phone's.",
  },
  {
    selector: 'CallExpression[callee.name=/^(inChina|chinaDate|chinaMonth|chinaParts|chinaYear)$/][arguments.length=0]',
    message: "These default to the phone's clock: pass appNow() from @/services/clock.",
  },
]

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-h5/',
      '.temp/',
      '.devcloud/',
      'coverage/',
      'cloudfunctions/*/index.js',
      'cloudfunctions/*/lazy/',
      'e2e/screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Components are presentational: the page or a hook in src/hooks does the I/O and hands
    // them data and callbacks. Types from services are fine.
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/services/*', '**/services/**'],
              allowTypeImports: true,
              message:
                'Components are presentational: do the I/O in the page or a hook (src/hooks) and pass data and callbacks as props.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/services/clock.ts'],
    rules: { 'no-restricted-syntax': ['error', ...APP_CLOCK] },
  },
  {
    // What the phone lets a person type is what the cloud accepts: a field's length comes from
    // the contract's limits (core/activity/limits, core/study, core/contract/*-limits), never a number.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'JSXAttribute[name.name=/^(maxlength|maxLength|max|min)$/] > JSXExpressionContainer > Literal[value>0]',
          message:
            "Use the contract's limit (core/…/limits, core/contract/*-limits) so that the phone and the cloud agree.",
        },
        {
          selector: 'JSXAttribute[name.name=/^(maxlength|maxLength)$/] > Literal',
          message:
            "Use the contract's limit (core/…/limits, core/contract/*-limits) so that the phone and the cloud agree.",
        },
        ...APP_CLOCK,
      ],
    },
  },
  {
    // WeChat's dialog in the app's colour and words: through src/services/dialog.ts only.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/services/dialog.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Taro',
          property: 'showModal',
          message: 'Use confirmDialog / messageDialog (src/services/dialog.ts): the party red, never the stock green.',
        },
      ],
    },
  },
  {
    // A test run has one "now" (TEST_NOW, scripts/test-now.ts): tests read it through testNow()
    // or the cloud's clock, never the wall clock, unless a comment says why. The app's own tests
    // are exempt: their Date is the phone's clock, already set to TEST_NOW (tests/app/setup/clock.ts).
    files: ['tests/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    ignores: ['tests/app/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Tests run at TEST_NOW: use testNow() or the cloud clock, not the wall clock.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Tests run at TEST_NOW: use testNow() or the cloud clock, not the wall clock.',
        },
        {
          selector: 'CallExpression[callee.name=/^(inChina|chinaDate|chinaMonth)$/][arguments.length=0]',
          message: 'These default to the wall clock: pass testNow() or the cloud clock.',
        },
      ],
    },
  },
  {
    // The admin hub page's script: runs in the browser as it is, and in the tests as a CommonJS module.
    files: ['localcloud/hub-client.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.cjs', 'tests/fixtures/**/*.js', 'babel.config.js', 'jest.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
