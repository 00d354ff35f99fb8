// Two projects: node-side code (core, cloud functions, local cloud) and the Taro app in jsdom.
// ESM-only packages are transformed; the rest of node_modules is not.
const esmPackages = [
  '@tarojs',
  '@stencil',
  'swiper',
  'lodash-es',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'nanoid',
  'mingo',
]
const transformIgnorePatterns = [`node_modules/(?!(${esmPackages.join('|')})/)`]
const moduleNameMapper = {
  '^@core/(.*)$': '<rootDir>/core/$1',
  '^@/(.*)$': '<rootDir>/src/$1',
}

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/tests/app/'],
      transform: { '^.+\\.(t|j|mj)sx?$': 'babel-jest' },
      transformIgnorePatterns,
      moduleNameMapper,
      globalSetup: '<rootDir>/tests/setup/global-setup.ts',
    },
    {
      displayName: 'app',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests/app'],
      testMatch: ['**/*.test.ts?(x)'],
      transform: { '^.+\\.(t|j|mj)sx?$': 'babel-jest' },
      transformIgnorePatterns,
      moduleNameMapper,
    },
  ],
}
