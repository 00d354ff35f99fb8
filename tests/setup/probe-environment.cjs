// The test environments (node and jsdom) with the instant probe's last step: when a test file
// has finished — every hook run — write down whether it read "now" (tests/setup/instant-probe.ts),
// for `npm run test:dates` (scripts/instant-probe.ts). Plain CommonJS: jest loads environments
// as they are.
'use strict'
const { createHash } = require('node:crypto')
const { mkdirSync, writeFileSync } = require('node:fs')
const { join, relative } = require('node:path')

function withProbe(Base) {
  return class extends Base {
    constructor(config, context) {
      super(config, context)
      this.probeRoot = config.projectConfig.rootDir
      this.probeFile = relative(this.probeRoot, context.testPath)
    }

    async teardown() {
      const probe = this.global && this.global.__instantProbe
      const fingerprint = process.env.INSTANT_PROBE_FINGERPRINT
      if (fingerprint) {
        const dir = process.env.INSTANT_PROBE_DIR
        mkdirSync(dir, { recursive: true })
        const record = {
          file: this.probeFile,
          fingerprint,
          testNow: process.env.TEST_NOW,
          readsNow: (probe && probe.firstRead) || null,
        }
        const name = createHash('sha1').update(this.probeFile).digest('hex').slice(0, 16)
        writeFileSync(join(dir, `${name}.json`), JSON.stringify(record))
      }
      await super.teardown()
    }
  }
}

module.exports = { withProbe }
