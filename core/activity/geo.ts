/** Distances on the earth for the optional sign-in geofence. Only the distance is ever kept. */
import type { Geofence, Position } from './types'

const EARTH_RADIUS_M = 6_371_008.8
/** A phone's accuracy widens the fence by at most this much, so a vague fix cannot sign in from afar. */
export const MAX_ACCURACY_SLACK_M = 100

const rad = (deg: number): number => (deg * Math.PI) / 180

/** Great-circle (haversine) distance in metres. */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

export type FenceCheck = { inside: true; distanceM: number } | { inside: false; distanceM: number; message: string }

function spoken(metres: number): string {
  return metres >= 1000 ? `${(metres / 1000).toFixed(1)}公里` : `${Math.round(metres)}米`
}

export function checkFence(fence: Geofence, at: Position): FenceCheck {
  const distance = Math.round(distanceM(fence, at))
  const slack = Math.min(Math.max(0, at.accuracyM ?? 0), MAX_ACCURACY_SLACK_M)
  if (distance <= fence.radiusM + slack) return { inside: true, distanceM: distance }
  return {
    inside: false,
    distanceM: distance,
    message: `您距离活动地点约${spoken(distance)}，需要在${spoken(fence.radiusM)}以内才能签到`,
  }
}
