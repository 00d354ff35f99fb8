import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'

/**
 * Text size (PRODUCT.md §8). Every style is in rem and 1rem is the main text size, so the
 * root font size alone decides how large the app reads:
 * - standard: 18 px main text, or WeChat's own font setting when that is larger;
 * - 长辈版: three steps, 22 / 26 / 30 px, and never below WeChat's setting.
 */
export const STANDARD_ROOT_PX = 18
export const ELDER_LEVELS = [
  { label: '大', px: 22 },
  { label: '特大', px: 26 },
  { label: '超大', px: 30 },
] as const

export interface DisplayPrefs {
  elder: boolean
  /** Index into ELDER_LEVELS. */
  level: number
  /** Whether the person has answered the first-launch offer or used the switch. */
  decided: boolean
}

const STORAGE_KEY = 'dangjian.display'
const DEFAULTS: DisplayPrefs = { elder: false, level: 0, decided: false }

function clampLevel(level: unknown): number {
  return typeof level === 'number' && Number.isInteger(level)
    ? Math.min(Math.max(level, 0), ELDER_LEVELS.length - 1)
    : 0
}

function read(): DisplayPrefs {
  try {
    const stored: unknown = Taro.getStorageSync(STORAGE_KEY)
    if (typeof stored === 'object' && stored !== null) {
      const value = stored as Partial<Record<keyof DisplayPrefs, unknown>>
      return { elder: value.elder === true, level: clampLevel(value.level), decided: value.decided === true }
    }
  } catch {
    // Unreadable storage: start with the defaults.
  }
  return DEFAULTS
}

let prefs: DisplayPrefs | null = null
let systemPx = 0
const listeners = new Set<() => void>()

export function getDisplayPrefs(): DisplayPrefs {
  if (!prefs) prefs = read()
  return prefs
}

export function setDisplayPrefs(change: Partial<DisplayPrefs>): void {
  const next = { ...getDisplayPrefs(), ...change, decided: true }
  next.level = clampLevel(next.level)
  prefs = next
  try {
    Taro.setStorageSync(STORAGE_KEY, next)
  } catch {
    // Still applies for this session.
  }
  listeners.forEach((listener) => listener())
}

/** The user's WeChat font size in px, honoured as a floor (0 = unknown). */
export function setSystemFontPx(px: number): void {
  systemPx = Number.isFinite(px) && px > 0 ? px : 0
  listeners.forEach((listener) => listener())
}

export function rootFontPx(value: DisplayPrefs = getDisplayPrefs()): number {
  const chosen = value.elder ? ELDER_LEVELS[clampLevel(value.level)].px : STANDARD_ROOT_PX
  return Math.max(chosen, systemPx)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

let snapshot: { prefs: DisplayPrefs; rootPx: number } | null = null
function getSnapshot(): { prefs: DisplayPrefs; rootPx: number } {
  const current = getDisplayPrefs()
  const rootPx = rootFontPx(current)
  if (!snapshot || snapshot.prefs !== current || snapshot.rootPx !== rootPx) snapshot = { prefs: current, rootPx }
  return snapshot
}

/** The current prefs and root font size; re-renders on change. */
export function useDisplay(): { prefs: DisplayPrefs; rootPx: number } {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}

/** Forgets the loaded prefs (tests start each case from storage). */
export function resetDisplayForTests(): void {
  prefs = null
  systemPx = 0
  snapshot = null
}
