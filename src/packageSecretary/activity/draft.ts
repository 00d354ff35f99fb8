/**
 * 发布活动's form as typed, and what it sends: all fields for a new activity, only the changed
 * ones for an existing one. Pure, so the page stays thin and the mapping is tested alone.
 */
import type { ActivityAdminView, MaterialView } from '@core/contract/activity-views'
import type { ActivityType, ExpectedSpec, Geofence, Material } from '@core/activity/types'
import { chinaDate } from '@core/dates'
import { appNow } from '@/services/clock'
import { inChina } from '@core/china-dayjs'

/** A position and radius as typed (text until sent). */
export interface FenceDraft {
  lat: string
  lng: string
  radiusM: string
}

export interface ActivityDraft {
  type: ActivityType
  title: string
  date: string
  startTime: string
  endTime: string
  place: string
  fence: FenceDraft | null
  agenda: string
  materials: Material[]
  expected: ExpectedSpec
}

export const DEFAULT_RADIUS_M = 300

export function fenceDraftOf(fence: Geofence | null): FenceDraft | null {
  return fence ? { lat: String(fence.lat), lng: String(fence.lng), radiusM: String(fence.radiusM) } : null
}

/** The typed fence as numbers; `undefined` values are left for the server to name. */
export function fenceOf(draft: FenceDraft | null): Geofence | null {
  if (!draft) return null
  return { lat: Number(draft.lat.trim()), lng: Number(draft.lng.trim()), radiusM: Number(draft.radiusM.trim()) }
}

const stripUrl = (m: MaterialView): Material => {
  if (m.kind === 'file') return { kind: 'file', title: m.title, fileID: m.fileID }
  if (m.kind === 'link') return { kind: 'link', title: m.title, url: m.url }
  return { kind: 'text', title: m.title, text: m.text }
}

export function draftOf(activity: ActivityAdminView | null, now = appNow()): ActivityDraft {
  if (!activity) {
    return {
      type: 'activityDay',
      title: '',
      date: chinaDate(now),
      startTime: '15:00',
      endTime: '17:00',
      place: '',
      fence: null,
      agenda: '',
      materials: [],
      expected: { kind: 'branch' },
    }
  }
  const start = inChina(activity.startAt)
  return {
    type: activity.type,
    title: activity.title,
    date: start.format('YYYY-MM-DD'),
    startTime: start.format('HH:mm'),
    endTime: inChina(activity.endAt).format('HH:mm'),
    place: activity.place,
    fence: fenceDraftOf(activity.geofence),
    agenda: activity.agenda,
    materials: activity.materials.map(stripUrl),
    expected: activity.expected,
  }
}

export function createInput(draft: ActivityDraft, branchId: string | undefined, publish: boolean) {
  return {
    ...(branchId ? { branchId } : {}),
    type: draft.type,
    ...(draft.title.trim() ? { title: draft.title.trim() } : {}),
    date: draft.date,
    startTime: draft.startTime,
    endTime: draft.endTime,
    place: draft.place.trim(),
    geofence: fenceOf(draft.fence),
    agenda: draft.agenda.trim(),
    materials: draft.materials,
    expected: draft.expected,
    publish,
  }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** Only what changed (the server refuses an update that changes nothing). */
export function changesOf(was: ActivityDraft, now: ActivityDraft) {
  const changes: {
    title?: string
    date?: string
    startTime?: string
    endTime?: string
    place?: string
    geofence?: Geofence | null
    agenda?: string
    materials?: Material[]
    expected?: ExpectedSpec
  } = {}
  if (now.title.trim() !== was.title) changes.title = now.title.trim()
  if (now.date !== was.date) changes.date = now.date
  if (now.startTime !== was.startTime) changes.startTime = now.startTime
  if (now.endTime !== was.endTime) changes.endTime = now.endTime
  if (now.place.trim() !== was.place) changes.place = now.place.trim()
  if (!same(fenceOf(now.fence), fenceOf(was.fence))) changes.geofence = fenceOf(now.fence)
  if (now.agenda.trim() !== was.agenda) changes.agenda = now.agenda.trim()
  if (!same(now.materials, was.materials)) changes.materials = now.materials
  if (!same(now.expected, was.expected)) changes.expected = now.expected
  return changes
}
