// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';

import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import regexpPlugin from 'eslint-plugin-regexp';
import { reactRefresh } from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Layering (see the style guide): domain ← store ← features ← app; components import only domain;
 * lib imports components and domain; scripts import only domain. Violations are lint errors.
 *
 * ESLint replaces (does not merge) a rule's options when several config objects match one file, so every
 * zone below builds its complete `no-restricted-imports` / `no-restricted-globals` option list from the
 * shared pieces, and the few exempt files are listed after the zones.
 */

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
const DOMAIN_TESTS = ['src/domain/**/*.test.ts'];

/**
 * Regular-expression complexity rules (eslint-plugin-regexp, issue #8), stricter than the plugin's defaults:
 * `report: 'potential'` also reports what depends on how a pattern is used, and no-super-linear-move also checks
 * sticky patterns and patterns only ever used for a partial match (`.test`, `.exec` without anchors), since the
 * parser runs them over whole untrusted lines. scripts/eslint-regexp.test.ts reads these settings back from this
 * file and shows that each rule fires.
 * @type {import('eslint').Linter.RulesRecord}
 */
const REGEXP_RULES = {
  'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
  'regexp/no-super-linear-move': [
    'error',
    { report: 'potential', ignoreSticky: false, ignorePartial: false },
  ],
  'regexp/no-misleading-capturing-group': ['error', { reportBacktrackingEnds: true }],
};

const MONEY_MESSAGE = 'money is parsed from strings into integer Fen, never floats';
const LAYER_MESSAGE = 'Dependencies point domain ← store ← features ← app (see docs/style-guide.md).';

// ---------------------------------------------------------------------------------------------------------
// no-restricted-imports building blocks

/** @typedef {{ name: string, importNames?: string[], message: string }} RestrictedPath */
/** @typedef {{ group?: string[], regex?: string, message: string }} RestrictedPattern */

/** @type {RestrictedPath[]} */
const STORE_CREATE_ONLY_IN_INDEX = [
  {
    name: 'zustand',
    importNames: ['create', 'createStore'],
    message: 'Only src/store/index.ts creates the store; import useDashboardStore from @/store instead.',
  },
  {
    name: 'zustand/vanilla',
    importNames: ['createStore'],
    message: 'Only src/store/index.ts creates the store; import useDashboardStore from @/store instead.',
  },
  {
    name: 'zustand/traditional',
    importNames: ['createWithEqualityFn'],
    message: 'Only src/store/index.ts creates the store; import useDashboardStore from @/store instead.',
  },
];

/** @type {RestrictedPath[]} */
const TABLE_HOOK_ONLY_IN_LIB = [
  {
    name: '@tanstack/react-table',
    importNames: ['createTableHook'],
    message: 'Only src/lib/use-app-table.ts calls createTableHook; use the hook it exports.',
  },
];

/**
 * Bans `@/x` and relative `../x` imports of the given top-level src folders.
 * @param {string[]} folders
 * @param {string} message
 * @returns {RestrictedPattern[]}
 */
function banSrcFolders(folders, message) {
  const alternatives = folders.join('|');
  return [
    { regex: `^@/(${alternatives})(/|$)`, message },
    { regex: `^(\\.\\./)+(${alternatives})(/|$)`, message },
  ];
}

const UI_LIBRARY_MESSAGE =
  'src/domain is the pure core: no react, react-dom, zustand, recharts or @tanstack/* (it runs in node and the browser).';

/** @type {RestrictedPath[]} */
const UI_LIBRARY_PATHS = ['react', 'react-dom', 'zustand', 'recharts'].map((name) => ({
  name,
  message: UI_LIBRARY_MESSAGE,
}));

/** @type {RestrictedPattern[]} */
const UI_LIBRARY_PATTERNS = [
  {
    group: ['react/*', 'react-dom/*', 'zustand/*', 'recharts/*', '@tanstack/*'],
    message: UI_LIBRARY_MESSAGE,
  },
];

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
/** @type {RestrictedPattern[]} */
const NODE_BUILTIN_PATTERNS = [
  {
    regex: `^(node:.*|(${nodeBuiltins.join('|')})(/.*)?)$`,
    message:
      'src/domain runs in the browser too: no node built-ins outside tests. Do file I/O in scripts/ and pass strings in.',
  },
];

/**
 * @param {{ paths?: RestrictedPath[], patterns?: RestrictedPattern[], allowStoreCreate?: boolean, allowTableHook?: boolean }} zone
 * @returns {import('eslint').Linter.RuleEntry}
 */
function restrictedImports({ paths = [], patterns = [], allowStoreCreate = false, allowTableHook = false }) {
  return [
    'error',
    {
      paths: [
        ...paths,
        ...(allowStoreCreate ? [] : STORE_CREATE_ONLY_IN_INDEX),
        ...(allowTableHook ? [] : TABLE_HOOK_ONLY_IN_LIB),
      ],
      patterns,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// no-restricted-globals / no-restricted-properties building blocks

const DOM_MESSAGE =
  'src/domain is pure and runs in node too: no DOM or browser globals. Pass data in as arguments.';
const DOM_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'history',
  'self',
  'indexedDB',
  'alert',
  'confirm',
  'prompt',
  'requestAnimationFrame',
  'matchMedia',
  'getComputedStyle',
].map((name) => ({ name, message: DOM_MESSAGE }));

const IO_MESSAGE =
  'src/domain is pure: no process, I/O or node globals outside tests. Do I/O in scripts/ or src/app.';
const NODE_AND_IO_GLOBALS = [
  'process',
  'Buffer',
  'global',
  'require',
  '__dirname',
  '__filename',
  'fetch',
  'XMLHttpRequest',
].map((name) => ({ name, message: IO_MESSAGE }));

const PARSE_FLOAT_GLOBAL = [{ name: 'parseFloat', message: MONEY_MESSAGE }];
const PARSE_FLOAT_PROPERTIES = ['Number', 'globalThis', 'window'].map((object) => ({
  object,
  property: 'parseFloat',
  message: MONEY_MESSAGE,
}));
const GLOBAL_THIS_DOM_PROPERTIES = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator'].map(
  (property) => ({ object: 'globalThis', property, message: DOM_MESSAGE }),
);

// ---------------------------------------------------------------------------------------------------------
// no-restricted-syntax building blocks (one list per zone: a zone's options replace the base list)

/**
 * Everywhere: no string-to-code, no raw HTML injection, nothing the Content-Security-Policy would refuse at run time
 * (scripts/csp.ts). Each ban has a test (scripts/lint-rules.test.ts).
 * @type {Array<{ selector: string, message: string }>}
 */
const SECURITY_SYNTAX = [
  {
    selector:
      'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML|srcdoc)$/], AssignmentExpression > MemberExpression.left[property.value=/^(innerHTML|outerHTML|srcdoc)$/]',
    message: 'Do not assign innerHTML/outerHTML/srcdoc: render with React or set textContent.',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe)$/]',
    message: 'Do not inject HTML strings: render with React or set textContent.',
  },
  {
    selector:
      "MemberExpression[property.name=/^(write|writeln)$/][object.name='document'], MemberExpression[property.name=/^(write|writeln)$/][object.property.name='document']",
    message: 'document.write is banned: render with React.',
  },
  {
    selector:
      "JSXAttribute[name.name=/^(dangerouslySetInnerHTML|srcDoc)$/], Property[key.name='dangerouslySetInnerHTML'], Property[key.value='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML is banned: render text as React children.',
  },
  {
    selector:
      "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^(on|style$|srcdoc$)/i]",
    message:
      'No event-handler, style or srcdoc attributes from strings: the CSP refuses them. Use addEventListener, element.style.setProperty or React props.',
  },
  {
    selector: "CallExpression[callee.property.name='disableRules']",
    message: 'axe rules are never disabled (color-contrast included); fix the page instead.',
  },
  {
    selector:
      "MemberExpression[property.name='only'][object.name=/^(describe|it|test)$/], MemberExpression[property.name='only'][object.property.name='describe']",
    message: 'Focused tests (.only) must not be committed.',
  },
];

/**
 * src/domain and scripts read untrusted documents: a pattern is never built from text (a name printed with `(` or
 * `*` would throw or match something else; issue #14). `RegExp(x)` is allowed only on a literal; compare document
 * text as strings. A pattern built from the template's constants may be allowed with an eslint-disable comment that
 * says so.
 */
const PATTERN_FROM_TEXT_SYNTAX = [
  {
    selector:
      "NewExpression[callee.name='RegExp']:not([arguments.0.type='Literal']), CallExpression[callee.name='RegExp']:not([arguments.0.type='Literal']), NewExpression[callee.property.name='RegExp']:not([arguments.0.type='Literal']), CallExpression[callee.property.name='RegExp']:not([arguments.0.type='Literal'])",
    message:
      'No RegExp from a non-literal in src/domain or scripts: never build a pattern from document text; compare strings (e.g. columnWithHeader).',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Feature folders may not import each other. One config per feature, from the style guide's list plus
// whatever folders exist under src/features when lint runs.

const KNOWN_FEATURES = ['tables', 'drill-down', 'scorecards', 'presenter'];
const featuresDir = new URL('./src/features/', import.meta.url);
const FEATURES = [
  ...new Set([
    ...KNOWN_FEATURES,
    ...(existsSync(featuresDir)
      ? readdirSync(featuresDir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
      : []),
  ]),
];

/** @param {string} s */
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const featureConfigs = FEATURES.map((feature) => {
  const others = FEATURES.filter((name) => name !== feature).map(escapeRegex);
  const own = escapeRegex(feature);
  const message = `src/features/${feature} may not import another feature or src/app; compose features in src/app. ${LAYER_MESSAGE}`;
  return {
    name: `boundaries/features/${feature}`,
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': restrictedImports({
        patterns: [
          ...banSrcFolders(['app'], message),
          { regex: `^@/features/(?!${own}(/|$))`, message },
          { regex: `^(\\.\\./)+features/(?!${own}(/|$))`, message },
          ...(others.length > 0 ? [{ regex: `^(\\.\\./)+(${others.join('|')})(/|$)`, message }] : []),
        ],
      }),
    },
  };
});

// ---------------------------------------------------------------------------------------------------------

const domainImports = {
  paths: UI_LIBRARY_PATHS,
  patterns: [
    ...UI_LIBRARY_PATTERNS,
    ...banSrcFolders(
      ['store', 'features', 'app', 'components', 'lib'],
      `src/domain may not import store, features, app, components or lib. ${LAYER_MESSAGE}`,
    ),
  ],
};

export default defineConfig(
  globalIgnores([
    'dist/**',
    'dist-*/**',
    'node_modules/**',
    'playwright-report/**',
    'test-results/**',
    'coverage/**',
    'bench/**',
    'data/**',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    name: 'project/typescript',
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'interface'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],

      // Everywhere: no string-to-code, no raw HTML injection, nothing the Content-Security-Policy would refuse
      // at run time (scripts/csp.ts). Each ban has a test (scripts/lint-rules.test.ts).
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', ...SECURITY_SYNTAX],
      'no-restricted-imports': restrictedImports({}),
    },
  },

  // Environments.
  {
    name: 'project/globals-browser',
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'project/globals-node',
    files: ['scripts/**/*.ts', 'e2e/**/*.ts', '*.config.{ts,js}', '__mocks__/**/*.ts'],
    languageOptions: { globals: globals.node },
  },

  // React.
  {
    name: 'project/react-hooks',
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    ...reactRefresh.configs.vite(),
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/testing/**'],
  },

  // ---- Boundaries --------------------------------------------------------------------------------------
  {
    name: 'boundaries/domain',
    files: ['src/domain/**/*.ts', 'src/domain/**/*.tsx'],
    languageOptions: {
      // ES built-ins only: neither browser nor node globals.
      globals: globals.es2021,
    },
    rules: {
      'no-restricted-imports': restrictedImports(domainImports),
      'no-restricted-globals': ['error', ...DOM_GLOBALS, ...PARSE_FLOAT_GLOBAL],
      'no-restricted-properties': ['error', ...PARSE_FLOAT_PROPERTIES, ...GLOBAL_THIS_DOM_PROPERTIES],
      'no-restricted-syntax': ['error', ...SECURITY_SYNTAX, ...PATTERN_FROM_TEXT_SYNTAX],
    },
  },
  {
    // Non-test domain code must also run in the browser: no node built-ins, process or I/O.
    name: 'boundaries/domain-runtime',
    files: ['src/domain/**/*.ts', 'src/domain/**/*.tsx'],
    ignores: DOMAIN_TESTS,
    rules: {
      'no-restricted-imports': restrictedImports({
        ...domainImports,
        patterns: [...domainImports.patterns, ...NODE_BUILTIN_PATTERNS],
      }),
      'no-restricted-globals': ['error', ...DOM_GLOBALS, ...NODE_AND_IO_GLOBALS, ...PARSE_FLOAT_GLOBAL],
    },
  },
  {
    name: 'boundaries/components',
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictedImports({
        paths: [
          {
            name: 'zustand',
            message:
              'src/components is presentational: props in, no store reads. Select in a feature and pass props.',
          },
        ],
        patterns: banSrcFolders(
          ['store', 'features', 'app', 'lib'],
          `src/components may import only src/domain (props in, no store reads). ${LAYER_MESSAGE}`,
        ),
      }),
    },
  },
  {
    name: 'boundaries/lib',
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictedImports({
        patterns: banSrcFolders(
          ['store', 'features', 'app'],
          `src/lib may import only src/components and src/domain. ${LAYER_MESSAGE}`,
        ),
      }),
    },
  },
  {
    name: 'boundaries/store',
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictedImports({
        patterns: banSrcFolders(
          ['features', 'app', 'components', 'lib'],
          `src/store may import only src/domain. ${LAYER_MESSAGE}`,
        ),
      }),
    },
  },
  ...featureConfigs,
  {
    name: 'boundaries/scripts',
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictedImports({
        paths: ['react', 'react-dom', 'zustand', 'recharts'].map((name) => ({
          name,
          message: 'scripts/ may import only src/domain and src/testing (and node built-ins).',
        })),
        patterns: [
          {
            group: ['react/*', 'react-dom/*', 'zustand/*', 'recharts/*', '@tanstack/*'],
            message: 'scripts/ may import only src/domain and src/testing (and node built-ins).',
          },
          {
            regex: '^@/(?!(domain|testing)(/|$))',
            message: 'scripts/ may import only src/domain and src/testing.',
          },
          {
            regex: '^(\\.\\./)+src/(?!(domain|testing)(/|$))',
            message: 'scripts/ may import only src/domain and src/testing.',
          },
        ],
      }),
      'no-restricted-globals': ['error', ...PARSE_FLOAT_GLOBAL],
      'no-restricted-properties': ['error', ...PARSE_FLOAT_PROPERTIES],
      'no-restricted-syntax': ['error', ...SECURITY_SYNTAX, ...PATTERN_FROM_TEXT_SYNTAX],
    },
  },

  {
    // Test and benchmark support (variants, mutations, robustness inputs, scale variants) is for tests, scripts, e2e
    // and the scale benchmark's page only: production code never imports it. A rule of its own
    // (@typescript-eslint/no-restricted-imports), so it adds to every zone's no-restricted-imports instead of
    // replacing it. scripts/lint-rules.test.ts shows it fires.
    name: 'boundaries/testing-support',
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'src/app/bench-scale.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: banSrcFolders(
            ['testing'],
            'src/testing is test and benchmark support: only tests, scripts, e2e and src/app/bench-scale.tsx import it.',
          ),
        },
      ],
    },
  },

  {
    // One way to run axe, with the WCAG 2.2 A/AA tags and no rule turned off.
    name: 'e2e/axe-through-helper',
    files: ['e2e/**/*.ts'],
    ignores: ['e2e/helpers.ts'],
    rules: {
      'no-restricted-imports': restrictedImports({
        paths: [
          {
            name: '@axe-core/playwright',
            message: 'Call expectNoAxeViolations from e2e/helpers.ts (WCAG 2.2 A/AA tags, no rule disabled).',
          },
        ],
      }),
    },
  },

  // ---- The few files allowed to do what is banned elsewhere ---------------------------------------------
  {
    name: 'exempt/store-index',
    files: ['src/store/index.ts'],
    rules: {
      'no-restricted-imports': restrictedImports({
        allowStoreCreate: true,
        patterns: banSrcFolders(
          ['features', 'app', 'components', 'lib'],
          `src/store may import only src/domain. ${LAYER_MESSAGE}`,
        ),
      }),
    },
  },
  {
    name: 'exempt/use-app-table',
    files: ['src/lib/use-app-table.ts', 'src/lib/use-app-table.tsx'],
    rules: {
      'no-restricted-imports': restrictedImports({
        allowTableHook: true,
        patterns: banSrcFolders(
          ['store', 'features', 'app'],
          `src/lib may import only src/components and src/domain. ${LAYER_MESSAGE}`,
        ),
      }),
    },
  },
  {
    // The zustand testing guide's auto-mock wraps the real create() to reset stores between tests.
    name: 'exempt/zustand-mock',
    files: ['**/__mocks__/zustand.ts'],
    rules: {
      'no-restricted-imports': restrictedImports({ allowStoreCreate: true }),
    },
  },

  // Plain JS (this file): no type-aware rules.
  {
    name: 'project/javascript',
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'project/lint-typescript-files',
    files: TS_FILES,
  },

  // Issue #8: regular expressions run on untrusted documents (imported files, pasted text). A pattern that can
  // backtrack super-linearly (`/(a+)+$/`) or is retried at every position with super-linear cost hangs the tab on a
  // hostile or just unlucky line, so both are errors in every TypeScript file.
  {
    name: 'project/regexp-complexity',
    files: TS_FILES,
    plugins: { regexp: regexpPlugin },
    rules: REGEXP_RULES,
  },
);
