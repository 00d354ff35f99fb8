// H5: no map picker in the browser build; the secretary's current position stands in.
import { currentPosition } from '@/services/location'

export const PICK_LABEL = '使用我现在的位置'

export async function pickPosition(): Promise<{ lat: number; lng: number } | null> {
  try {
    const here = await currentPosition()
    return { lat: Number(here.lat.toFixed(6)), lng: Number(here.lng.toFixed(6)) }
  } catch {
    return null
  }
}
