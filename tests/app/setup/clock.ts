/**
 * The phone's clock in the app's tests: it reads the run's "now" (TEST_NOW) and keeps running
 * from there, as the local cloud's function instances do. A test whose fixtures are dated (a
 * March 2026 home page) sets the phone to their day with `phoneClockAt`, as a real phone would
 * be on the day the server answered; everything else runs at TEST_NOW.
 */
import { testNow } from '../../helpers/now'

const RealDate = Date
let offset = testNow() - RealDate.now()

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

/** Sets the phone's clock to an instant (ISO or ms); null goes back to TEST_NOW. */
export function phoneClockAt(instant: string | number | null): void {
  const target = instant === null ? testNow() : typeof instant === 'number' ? instant : RealDate.parse(instant)
  offset = target - RealDate.now()
}
