// Stands in for wx-server-sdk when timing a function bundle's own require cost.
'use strict'
module.exports = {
  init() {},
  DYNAMIC_CURRENT_ENV: Symbol('current'),
  database() {
    return {}
  },
  getWXContext() {
    return {}
  },
}
