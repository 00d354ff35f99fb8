import { configure } from '@testing-library/dom'

// The app's tests run the H5 build of the app (platform files `*.h5.ts(x)` win).
process.env.TARO_ENV = 'h5'

// findBy…/waitFor wait for what a screen shows next. Their default of one second is less than a
// loaded two-core machine takes for a modal, a cloud answer and a re-render (CI went red on
// 学习's 撤回 while other jest workers ran); waiting longer costs a passing test nothing.
configure({ asyncUtilTimeout: 5000 })
