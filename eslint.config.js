// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The layers of src/, lowest first. A layer may import only from the layers it lists. */
const layers = {
  core: [],
  calendar: ['core'],
  data: ['calendar', 'core'],
  series: ['calendar', 'core'],
  stats: ['series', 'calendar', 'core'],
  facts: ['stats', 'series', 'calendar', 'core'],
  narrative: ['facts', 'stats', 'series', 'calendar', 'core'],
  claims: ['narrative', 'facts', 'stats', 'series', 'calendar', 'core'],
};
const all = ['core', 'calendar', 'data', 'series', 'stats', 'facts', 'narrative', 'claims', 'cli', 'http', 'bench'];

const layerRules = Object.entries(layers).map(([layer, allowed]) => ({
  files: [`src/${layer}/**/*.ts`],
  ignores: [`src/${layer}/**/*.test.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: all
          .filter((other) => other !== layer && !allowed.includes(other))
          .map((other) => ({
            group: [`**/${other}/*`, `../${other}`, `../../${other}`],
            message: `src/${layer} may import only from: ${allowed.join(', ') || 'nothing'} (see docs/architecture.md)`,
          })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/vendor/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  ...layerRules,
);
