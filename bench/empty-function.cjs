// The least a cloud function does at a cold start: load wx-server-sdk and init it. The floor
// under each function's "after the real SDK" figure in bench/suites/2-require-time.ts.
'use strict'
const cloud = require('wx-server-sdk')
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
exports.main = async () => ({})
