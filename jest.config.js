/** Jest: three projects, one per kind of test. TypeScript is transpiled by ts-jest (type checking is `npm run typecheck`). */
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', diagnostics: false }] };
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform,
  setupFiles: ['<rootDir>/tests/fixtures/block-network.ts'],
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
  ],
};
