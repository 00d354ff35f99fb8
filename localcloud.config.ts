/**
 * What the local cloud (localcloud/, a WeChat-cloud emulator) needs to know of 党建助手:
 * where the functions and the H5 build are, the collections and subscribe templates deployed
 * in WeChat's console, the functions' environment, and the demo bureau (demo/).
 */
import { join } from 'node:path'
import { SUBSCRIBE_TEMPLATES } from './core/notify/templates'
import { seedDemo } from './demo'
import { DEMO_ADMIN_OPENID } from './demo/identities'
import { listIdentities } from './demo/list-identities'
import { isStale } from './demo/stale'
import { demoVersion } from './demo/version'
import { defineConfig } from './localcloud/config-types'
import { appPages } from './scripts/app-pages'
import { COLLECTION_NAMES } from './server/collections'

export default defineConfig({
  title: '党建助手',
  root: __dirname,
  functionsDir: 'cloudfunctions',
  // Loaded only when the cli builds: tests that import this file leave esbuild alone.
  buildFunctions: async () => (await import('./scripts/build-functions')).buildFunctions({ quiet: true }),
  staticDir: 'dist-h5',
  dataDir: '.devcloud',
  collections: COLLECTION_NAMES,
  pages: appPages(),
  subscribeTemplates: Object.values(SUBSCRIBE_TEMPLATES).map((t) => ({ id: t.id, keywords: Object.keys(t.keywords) })),
  functionEnv: (env) => ({ PARTY_ADMIN_OPENIDS: env.PARTY_ADMIN_OPENIDS ?? DEMO_ADMIN_OPENID }),
  demo: { seed: seedDemo, identities: listIdentities, isStale, version: demoVersion(join(__dirname, 'demo')) },
})
