/**
 * The phone's clock in the app's tests: it reads the run's "now" (TEST_NOW) and keeps running
 * from there, as the local cloud's function instances do. A test whose fixtures are dated (a
 * March 2026 home page) sets the phone to their day with `phoneClockAt`, as a real phone would
 * be on the day the server answered; everything else runs at TEST_NOW.
 */
import dayjs from 'dayjs'
import { markReadsNow, probeDayjsTz, runNow } from '../../setup/instant-probe'

probeDayjsTz(dayjs)

const RealDate = Date
let offset = runNow() - RealDate.now()
/** Whether the phone stands at the run's instant (the instant probe counts its reads then). */
let atRunNow = true

function read(): number {
  if (atRunNow) markReadsNow("the phone's clock at TEST_NOW")
  return RealDate.now() + offset
}

class PhoneDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(read())
    else super(...(args as [string]))
  }

  static now(): number {
    return read()
  }
}

globalThis.Date = PhoneDate as DateConstructor

/** Sets the phone's clock to an instant (ISO or ms); null goes back to TEST_NOW. */
export function phoneClockAt(instant: string | number | null): void {
  const target = instant === null ? runNow() : typeof instant === 'number' ? instant : RealDate.parse(instant)
  atRunNow = instant === null
  offset = target - RealDate.now()
}
