import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier/flat';
import i18next from 'eslint-plugin-i18next';

// Import rules from shared/STYLE.md, enforced here rather than remembered:
// components never reach server code; schemas import nothing of ours; server code never reaches the client.
const restricted = {
  'import/no-restricted-paths': [
    'error',
    {
      zones: [
        {
          target: './components',
          from: './lib/kafka',
          message: 'components get data through lib/api hooks.',
        },
        { target: './components', from: './lib/http', message: 'components get data through lib/api hooks.' },
        { target: './lib/api', from: './lib/kafka', message: 'lib/api is client code.' },
        { target: './lib/api', from: './lib/http', message: 'lib/api is client code.' },
        // lib/registry talks to the Schema Registry from the server (its config holds secrets).
        {
          target: './components',
          from: './lib/registry',
          message: 'components get data through lib/api hooks.',
        },
        { target: './lib/api', from: './lib/registry', message: 'lib/api is client code.' },
        { target: './lib/schemas', from: './lib/kafka' },
        { target: './lib/schemas', from: './lib/http' },
        { target: './lib/schemas', from: './lib/api' },
        { target: './lib/schemas', from: './components' },
        { target: './lib/kafka', from: './components' },
        { target: './lib/kafka', from: './lib/api' },
      ],
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  ...pluginQuery.configs['flat/recommended'],
  {
    rules: {
      ...restricted,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // components never call fetch or open an EventSource: they use lib/api hooks.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Use a hook from lib/api.' },
        { name: 'EventSource', message: 'Use a hook from lib/api.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'No env in components.' },
      ],
    },
  },
  {
    // Every word a person reads comes from the message files (lib/i18n/messages), in their language: a raw
    // string in JSX text or in a JSX attribute a person sees (title, aria-label, placeholder...) fails here.
    files: ['components/**/*.tsx', 'app/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Only attributes people read or hear; the rest (variant, data-testid, href...) are code.
          'jsx-attributes': {
            include: [
              'title',
              'aria-label',
              'aria-description',
              'placeholder',
              'alt',
              'label',
              'legend',
              'hint',
              'error',
              'description',
              'buttonLabel',
              'actionLabel',
              'empty',
            ],
            exclude: ['.*'],
          },
          // Strings passed to functions are keys, formats and ids (t('key'), formatTime(ms, zone, 'ms')).
          callees: { exclude: ['.*'] },
          words: {
            exclude: ['[0-9!-/:-@[-`{-~\\s·—…→←×≈]+', '[A-Z_-]+', 'Kafscope', /^\p{Emoji}+$/u],
          },
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'e2e/**/*.ts', '**/*.int.test.ts', 'bench/**'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
  {
    ignores: [
      '.next/**',
      '.kafka/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'scratch/**', // local experiments, not committed
      '.dependency-cruiser.cjs', // CommonJS config read by dependency-cruiser, outside the TypeScript project
    ],
  },
];

export default config;
