/**
 * The instant probe for the node-side tests (tests/setup/instant-probe.ts), installed in each
 * test file before it loads:
 * - the machine's clock: `Date.now()`, `new Date()` and `Date()` read from anywhere but the
 *   local cloud's own code (whose "now" is its Clock; its other reads time durations and name
 *   temporary files);
 * - every local cloud's Clock (localcloud/clock.ts): a read while the clock stands at the run's
 *   instant, or follows the machine's clock, counts; a read after a test set it to a fixed
 *   instant does not. A function instance's "now" is the offset it is handed with each call.
 */
import dayjs from 'dayjs'
import { Clock } from '../../localcloud/clock'
import { hasReadNow, markReadsNow, probeDayjsTz, runNow, stackFrames } from './instant-probe'

probeDayjsTz(dayjs)

const RealDate = globalThis.Date
const LOCAL_CLOUD = /[\\/]localcloud[\\/]/

function machineClockRead(what: string): void {
  if (hasReadNow()) return
  const stack = stackFrames()
  const caller = stack.find((f) => !/probe-node|instant-probe/.test(f))
  if (caller !== undefined && LOCAL_CLOUD.test(caller)) return
  markReadsNow(what, stack)
}

function probedNow(): number {
  machineClockRead('Date.now()')
  return RealDate.now()
}

globalThis.Date = new Proxy(RealDate, {
  construct(target, args: unknown[], newTarget) {
    if (args.length === 0) machineClockRead('new Date()')
    return Reflect.construct(target, args, newTarget) as object
  },
  apply(target, self, args: unknown[]) {
    machineClockRead('Date()')
    return Reflect.apply(target, self, args) as unknown
  },
  get(target, key, receiver) {
    return key === 'now' ? probedNow : (Reflect.get(target, key, receiver) as unknown)
  },
})

// A clock "stands at the run's instant" from its start at TEST_NOW (or with no start, on the
// machine's clock) and again after set(null); set(<fixed instant>) takes it off.
const AT_RUN_NOW = Symbol('atRunNow')
type Probed = Clock & { [AT_RUN_NOW]?: boolean }
const instant = runNow()
const proto = Clock.prototype as Probed
const origin = Object.getOwnPropertyDescriptor(Clock.prototype, 'startsAt')?.get
const set = proto.set
proto.set = function (this: Probed, at: number | null) {
  set.call(this, at)
  const target = at ?? (origin?.call(this) as number | null)
  this[AT_RUN_NOW] = target === null || target === instant
}
const now = proto.now
proto.now = function (this: Probed) {
  if (this[AT_RUN_NOW]) markReadsNow("a local cloud's clock at TEST_NOW")
  return now.call(this)
}
for (const key of ['offset', 'startsAt'] as const) {
  const getter = Object.getOwnPropertyDescriptor(Clock.prototype, key)?.get
  if (!getter) throw new Error(`Clock.${key} is no longer a getter: update tests/setup/probe-node.ts`)
  Object.defineProperty(proto, key, {
    configurable: true,
    get(this: Probed) {
      if (this[AT_RUN_NOW] || (key === 'startsAt' && getter.call(this) === instant))
        markReadsNow(`a local cloud's clock at TEST_NOW (${key})`)
      return getter.call(this) as number | null
    },
  })
}
