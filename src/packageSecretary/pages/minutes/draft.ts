import type { MinutesInput, MinutesView } from '@core/contract/minutes'

/** A photo on the form: its cloud fileID and what shows it (the cloud's link, or the file just chosen). */
export interface DraftPhoto {
  fileID: string
  src: string | null
}

/** The form as it stands: what `minutes.save` / `minutes.amend` send, plus how to show new photos. */
export interface MinutesDraft {
  hostId: string | null
  recorderId: string | null
  topics: string
  summary: string
  resolutions: string
  photos: DraftPhoto[]
  attachments: Array<{ title: string; fileID: string }>
}

export function draftOf(minutes: MinutesView | null): MinutesDraft {
  return {
    hostId: minutes?.host?.id ?? null,
    recorderId: minutes?.recorder?.id ?? null,
    topics: minutes?.topics ?? '',
    summary: minutes?.summary ?? '',
    resolutions: minutes?.resolutions ?? '',
    photos: (minutes?.photos ?? []).map((p) => ({ fileID: p.fileID, src: p.url })),
    attachments: (minutes?.attachments ?? []).map((a) => ({ title: a.title, fileID: a.fileID })),
  }
}

/** The fields as the cloud takes them, text trimmed. */
export function inputOf(draft: MinutesDraft): MinutesInput {
  return {
    hostId: draft.hostId,
    recorderId: draft.recorderId,
    topics: draft.topics.trim(),
    summary: draft.summary.trim(),
    resolutions: draft.resolutions.trim(),
    photos: draft.photos.map((p) => p.fileID),
    attachments: draft.attachments,
  }
}

export const sameInput = (a: MinutesDraft, b: MinutesDraft): boolean =>
  JSON.stringify(inputOf(a)) === JSON.stringify(inputOf(b))

/** An attachment's title from its file name: without the extension, within the limit. */
export function titleOfFile(name: string, max: number): string {
  const bare = name.replace(/\.[A-Za-z0-9]{1,8}$/, '').trim()
  return (bare || name).slice(0, max)
}
