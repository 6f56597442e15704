/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
  testTimeout: 60000,
  // office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose own dependencies
  // are ESM-only (uuid 13, strip-bom 5) and cannot be required by jest 29: see the shim.
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/support/officeAddinManifestShim.js' },
  reporters: ['default', '<rootDir>/test/support/plainSummaryReporter.js'],
};
