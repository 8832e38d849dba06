import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'samples/', 'web/dist/', 'coverage/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
    },
  },
  {
    // Commands print only through src/cli/output.ts, which keeps an export's control characters off the terminal.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/cli/output.ts', 'src/cli/progress.ts', 'src/detectors/photo/models.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.object.name='process'][object.property.name=/^std(out|err)$/][property.name='write']",
          message: 'Print with say/write/warn from src/cli/output.ts.',
        },
      ],
    },
  },
);
