/**
 * Which test files read "now". A test file whose run never reads the run's instant (TEST_NOW) —
 * not through `testNow()`, not through a local cloud's or the phone's clock while it stands at
 * that instant, not through the machine's own clock — does the same at every instant, so
 * `npm run test:dates` need not run it again at each awkward one (scripts/instant-probe.ts).
 *
 * Each test file's run keeps its first read (what and where) in its own global; the test
 * environment (tests/setup/probe-environment.cjs) writes it down when the file has finished.
 * The reading is conservative: anything that might be "now" counts, durations included.
 */
import { resolveTestNow } from '../../scripts/test-now'

interface ProbeState {
  /** The first read of "now" in this test file, or null while there has been none. */
  firstRead: string | null
  /** Set during `dayjs.tz(text, format, zone)` with a year and a month in the format (see probeDayjsTz). */
  inTzParse: boolean
}

const KEY = '__instantProbe'
/**
 * Reads that seed an id or time a span rather than say when: Taro's unique ids and H5 JSONP
 * callback names start from the load time, the SDK's requests carry a signing time and a trace id, fast-check
 * seeds itself, the charts' animation frames, the app's request keys (kept a few seconds) and
 * the sheet's keyboard watch.
 */
const NOT_A_DATE = [
  /at new Cloud \(.*node_modules[\\/]wx-server-sdk[\\/]/,
  /node_modules[\\/]@tarojs[\\/]shared[\\/]/,
  /node_modules[\\/]jsonp-retry[\\/]/,
  /node_modules[\\/]@cloudbase[\\/]node-sdk[\\/]dist[\\/]utils[\\/](tcbapirequester|tracing)\.js/,
  /node_modules[\\/]fast-check[\\/]/,
  /node_modules[\\/]@antv[\\/]g-lite[\\/]src[\\/]packages[\\/]g-lite[\\/]src[\\/]utils[\\/]raf\.ts/,
  /src[\\/]services[\\/]request-keys\.ts/,
  /src[\\/]components[\\/]Sheet[\\/]keyboard\.h5\.ts/,
]
/** The probe's own frames and the clocks it watches, skipped to find who read. */
const OWN_FRAMES =
  /tests[\\/]setup[\\/](instant-probe|probe-node)\.ts|tests[\\/]app[\\/]setup[\\/]clock\.ts|tests[\\/]helpers[\\/]now\.ts|localcloud[\\/]clock\.ts/

function state(): ProbeState {
  const holder = globalThis as unknown as Record<string, ProbeState | undefined>
  return (holder[KEY] ??= { firstRead: null, inTzParse: false })
}

/**
 * Records that this test file read the run's "now" (the first such read is kept). `stack`: the
 * frames of the read when the caller has captured them already (stackFrames()).
 */
export function markReadsNow(what: string, stack?: string[]): void {
  const probe = state()
  if (probe.firstRead !== null) return
  const frames = (stack ?? stackFrames()).filter((f) => !OWN_FRAMES.test(f))
  const caller = frames[0]
  if (caller !== undefined && NOT_A_DATE.some((p) => p.test(caller))) return
  if (probe.inTzParse && frames.length > 0 && DAYJS.test(frames[0])) return
  const where = caller ? /\(?([^()\s]+:\d+):\d+\)?\s*$/.exec(caller.trim())?.[1] : undefined
  probe.firstRead = where ? `${what} at ${where.replace(`${process.cwd()}/`, '')}` : what
  // INSTANT_PROBE_STACK=1 keeps the whole stack: who called the library that read.
  if (process.env.INSTANT_PROBE_STACK === '1') probe.firstRead += `\n${new Error().stack ?? ''}`
}

export function hasReadNow(): boolean {
  return state().firstRead !== null
}

/** The first read so far (what and where), or null. */
export function firstReadSoFar(): string | null {
  return state().firstRead
}

/** Forgets the reads so far: for the probe's own tests, which check one read at a time. */
export function forgetReads(): void {
  state().firstRead = null
}

/** The run's instant, for the clocks that start there (which then record their own reads). */
export function runNow(): number {
  return resolveTestNow().instant
}

/** The frames of the stack here, deep enough to reach past a library to its caller. */
export function stackFrames(): string[] {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 40
  const stack = new Error().stack ?? ''
  Error.stackTraceLimit = limit
  return stack.split('\n').slice(1)
}

const DAYJS = /node_modules[\\/]dayjs[\\/]/

type TzFunction = ((input?: unknown, ...rest: unknown[]) => unknown) & Record<string, unknown>

/**
 * `dayjs.tz(text, format, zone)` reads the clock twice whatever it parses: the zone's offset now,
 * as a first guess that it then corrects to the offset at the parsed time, and today's date, for
 * the parts a format leaves out. When the format names the year and the month (a missing day is
 * the 1st) neither read changes the answer, so the probe skips dayjs's own reads during the
 * call; a format without them still counts, and so does any other read.
 */
export function probeDayjsTz(dayjs: object): void {
  const holder = dayjs as Record<string, unknown>
  let wrapped: TzFunction | undefined
  const wrap = (tz: TzFunction): TzFunction => {
    const probe = function (this: unknown, input?: unknown, ...rest: unknown[]): unknown {
      const format = rest.length >= 2 ? rest[0] : undefined
      state().inTzParse =
        typeof input === 'string' && typeof format === 'string' && format.includes('YYYY') && format.includes('MM')
      try {
        return tz.call(this, input, ...rest)
      } finally {
        state().inTzParse = false
      }
    } as TzFunction
    return Object.assign(probe, tz)
  }
  const existing = holder.tz as TzFunction | undefined
  if (existing !== undefined) wrapped = wrap(existing)
  Object.defineProperty(dayjs, 'tz', {
    configurable: true,
    enumerable: true,
    get: () => wrapped,
    set: (tz: TzFunction) => void (wrapped = wrap(tz)),
  })
}
