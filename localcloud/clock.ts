/**
 * The cloud's "now". Tests and the admin hub set it; the database's serverDate and the
 * functions' own Date follow it. Once set, time keeps running from the set instant.
 */
export class Clock {
  private offsetMs = 0

  now(): number {
    return Date.now() + this.offsetMs
  }

  /** Set the cloud's now to an instant (ms), or pass null to follow the real clock again. */
  set(instant: number | null): void {
    this.offsetMs = instant === null ? 0 : instant - Date.now()
  }

  get offset(): number {
    return this.offsetMs
  }
}
