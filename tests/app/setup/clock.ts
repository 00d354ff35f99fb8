/**
 * The phone's clock in the app's tests: it reads the run's "now" (TEST_NOW) and keeps running
 * from there, as the local cloud's function instances do. Screens that say 今天 or 明天 then
 * agree with the data a test builds from the same instant.
 */
import { testNow } from '../../helpers/now'

const RealDate = Date
const offset = testNow() - RealDate.now()

class PhoneDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + offset)
    else super(...(args as [string]))
  }

  static now(): number {
    return RealDate.now() + offset
  }
}

globalThis.Date = PhoneDate as DateConstructor
