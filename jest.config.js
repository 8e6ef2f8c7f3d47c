/**
 * Jest: three projects, one per kind of test. TypeScript is transpiled by ts-jest (type checking
 * is `npm run typecheck`).
 *
 * Default timeouts fit a loaded 2-core machine, not jest's 5 s: a project sets its figure in
 * `globals` and tests/fixtures/test-timeout.ts applies it (jest 29 ignores `testTimeout` inside a
 * project). Every hook or test that starts a server, a database or a browser also passes its own.
 */
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', diagnostics: false }] };

/** @param {string} displayName @param {string} folder @param {number} timeoutMs */
function project(displayName, folder, timeoutMs) {
  return {
    rootDir: __dirname,
    displayName,
    testEnvironment: 'node',
    transform,
    testMatch: [`<rootDir>/tests/${folder}/**/*.test.ts`],
    setupFiles: ['<rootDir>/tests/fixtures/block-network.ts', '<rootDir>/tests/fixtures/test-timeout.ts'],
    globals: { CASEBRIDGE_TEST_TIMEOUT_MS: timeoutMs },
  };
}

module.exports = {
  projects: [
    project('unit', 'unit', 15_000),
    project('integration', 'integration', 60_000),
    project('e2e', 'e2e', 120_000),
  ],
};
