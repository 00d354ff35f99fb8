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
  // Cloud-function tests start real function instances (a cold start each).
  testTimeout: 30000,
  // Every core: jest's default (cores − 1) is one worker on a two-core CI machine, and the suite
  // runs eleven times there (npm test, then test:dates). Measured on 2 cores: 334 s → 212 s.
  maxWorkers: '100%',
  projects: [
    {
      displayName: 'node',
      // Both environments write down whether each test file read "now" (scripts/instant-probe.ts).
      testEnvironment: '<rootDir>/tests/setup/probe-environment-node.cjs',
      setupFiles: ['<rootDir>/tests/setup/probe-node.ts'],
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/tests/app/'],
      transform: { '^.+\\.(t|j|mj)sx?$': 'babel-jest' },
      transformIgnorePatterns,
      moduleNameMapper,
      globalSetup: '<rootDir>/tests/setup/global-setup.ts',
    },
    {
      // The Taro app's H5 build in jsdom (TOOLCHAIN.md "Testing"); tests/app/setup/taro.ts
      // stands in for @tarojs/taro with the real H5 API plus page hooks.
      displayName: 'app',
      testEnvironment: '<rootDir>/tests/setup/probe-environment-jsdom.cjs',
      roots: ['<rootDir>/tests/app'],
      testMatch: ['**/*.test.ts?(x)'],
      transform: { '^.+\\.(t|j|mj)sx?$': 'babel-jest' },
      // Taro's packages bundle ESM dependencies in their own nested node_modules/.pnpm:
      // everything under an ESM package is transformed, nested folders included.
      // (Anchored at the first node_modules of the path, wherever the checkout is, so that a
      // worktree with a linked node_modules behaves the same.)
      transformIgnorePatterns: [`^(?:(?!node_modules/).)*node_modules/(?!(${esmPackages.join('|')})/)`],
      // Taro's platform files: `x.h5.tsx` wins over `x.tsx` as in the H5 build.
      moduleFileExtensions: ['h5.tsx', 'h5.ts', 'tsx', 'ts', 'js', 'jsx', 'mjs', 'json'],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/tests/app/setup/taro.ts',
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '\\.css$': '<rootDir>/tests/app/setup/style-stub.ts',
        '\\.svg$': '<rootDir>/tests/app/setup/file-stub.ts',
        ...moduleNameMapper,
      },
      setupFiles: ['<rootDir>/tests/app/setup/env.ts', '<rootDir>/tests/app/setup/clock.ts'],
      globalSetup: '<rootDir>/tests/setup/test-now.ts',
      globals: {
        ENABLE_INNER_HTML: true,
        ENABLE_ADJACENT_HTML: true,
        ENABLE_SIZE_APIS: true,
        ENABLE_TEMPLATE_CONTENT: true,
        ENABLE_MUTATION_OBSERVER: true,
        ENABLE_CLONE_NODE: true,
        ENABLE_CONTAINS: true,
        DEPRECATED_ADAPTER_COMPONENT: false,
        __TARO_FRAMEWORK__: 'react',
        LOCAL_CLOUD_URL: 'http://cloud.test',
        CLOUD_ENV: '',
      },
    },
  ],
}
