'use strict'
module.exports = require('./probe-environment.cjs').withProbe(require('jest-environment-jsdom').TestEnvironment)
