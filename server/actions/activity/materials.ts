/**
 * Materials as a member opens them: cloud files get temporary download URLs, asked for at most
 * 50 at a time (WeChat's limit). A missing file shows as a null URL rather than failing the page.
 */
import type { MaterialView } from '../../../core/contract/activity'
import type { Material } from '../../../core/activity/types'
import type { ActionContext } from '../../runtime/types'

const PER_CALL = 50

export async function tempUrls(ctx: ActionContext, fileIDs: string[]): Promise<Map<string, string | null>> {
  const urls = new Map<string, string | null>()
  for (let i = 0; i < fileIDs.length; i += PER_CALL) {
    const chunk = fileIDs.slice(i, i + PER_CALL)
    try {
      const res = await ctx.cloud.getTempFileURL({ fileList: chunk })
      for (const f of res.fileList) urls.set(f.fileID, f.tempFileURL || null)
    } catch (error) {
      console.error(`[activity] temp URLs failed in ${ctx.requestId}`, error)
    }
  }
  return urls
}

/** Each list of materials, with a URL on every file. */
export async function withUrls(ctx: ActionContext, lists: Material[][]): Promise<MaterialView[][]> {
  const ids = [...new Set(lists.flat().flatMap((m) => (m.kind === 'file' ? [m.fileID] : [])))]
  const urls = ids.length > 0 ? await tempUrls(ctx, ids) : new Map<string, string | null>()
  return lists.map((list) => list.map((m) => (m.kind === 'file' ? { ...m, url: urls.get(m.fileID) ?? null } : m)))
}
