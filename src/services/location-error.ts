/** Why a position could not be had, in words; the screen adds what to do instead. */
export class LocationError extends Error {}
