/**
 * The app's clock: the cloud's. Every answer of a cloud function carries the cloud's "now"
 * (core/envelope.ts); the app keeps how far it is from the phone's clock, so that a phone set to
 * the wrong day — or a local cloud whose clock the hub moved — still shows the cloud's day. Until
 * the first answer it is the phone's clock. Every calendar decision or date shown reads appNow().
 */
let ahead = 0

export const appNow = (): number => Date.now() + ahead

/** Takes the cloud's clock from an answer (anything but a number of ms is ignored). */
export function heardCloudNow(now: unknown): void {
  if (typeof now === 'number' && Number.isFinite(now)) ahead = now - Date.now()
}
