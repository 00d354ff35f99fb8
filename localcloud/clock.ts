/**
 * The cloud's "now". Tests and the admin hub set it; the database's serverDate and the
 * functions' own Date follow it. Once set, time keeps running from the set instant.
 *
 * A cloud may start at a chosen instant (a test run's TEST_NOW, LOCAL_CLOUD_NOW): that is its
 * origin, where a reset takes it back to. Without one, it follows the real clock.
 */
export class Clock {
  private offsetMs = 0

  constructor(private readonly origin: number | null = null) {
    this.set(origin)
  }

  now(): number {
    return Date.now() + this.offsetMs
  }

  /** Set the cloud's now to an instant (ms), or pass null to go back to the origin. */
  set(instant: number | null): void {
    const target = instant ?? this.origin
    this.offsetMs = target === null ? 0 : target - Date.now()
  }

  /** The instant this cloud starts at, or null when it follows the real clock. */
  get startsAt(): number | null {
    return this.origin
  }

  /** Milliseconds ahead of the real clock: what function instances add to their own Date. */
  get offset(): number {
    return this.offsetMs
  }
}
