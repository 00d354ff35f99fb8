/**
 * The 小程序码 that WeChat's own 扫一扫 opens at the sign-in page (PLATFORM.md, 小程序码): its
 * `scene` holds the activity's short sign-in key and the current code (core/activity/code.ts),
 * since an activity id does not fit in 32 characters. One image per activity and 30-second code
 * step, made by the first officer screen that needs it, kept in cloud storage and named on the
 * activity; the one before is deleted. When WeChat refuses (an app not yet published answers
 * 41030), the live screen falls back to the plain QR, which only the in-app scanner opens.
 */
import { randomInt } from 'node:crypto'
import { SIGN_IN_PAGE, sceneOf } from '../../../core/activity/code'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { ActivityDoc } from './model'

const KEY_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
/** Width of the drawn code in pixels: a phone screen held up to a room. */
const WIDTH = 430

export function newSignInKey(): string {
  let key = ''
  for (let i = 0; i < 8; i++) key += KEY_ALPHABET[randomInt(KEY_ALPHABET.length)]
  return key
}

/**
 * The activity's sign-in key: activities made before keys existed get one here, written only if
 * still absent (two officers' screens at once agree on the first one written).
 */
export async function ensureSignInKey(ctx: ActionContext, activity: ActivityDoc): Promise<string> {
  if (activity.signInKey) return activity.signInKey
  const _ = ctx.db.command
  for (let tries = 0; tries < 3; tries++) {
    const key = newSignInKey()
    const { total } = await ctx.db.collection('activities').where({ signInKey: key }).count()
    if (total > 0) continue
    await ctx.db
      .collection('activities')
      .where({ _id: activity._id, signInKey: _.exists(false) })
      .update({ data: { signInKey: key } })
    const [fresh] = await findAll<ActivityDoc>(ctx.db, 'activities', { _id: activity._id })
    if (fresh?.signInKey) return fresh.signInKey
  }
  throw new Error(`no sign-in key for ${activity._id}`)
}

/**
 * A temporary link to the 小程序码 for this step's code, or null when WeChat would not draw one
 * (the screen then shows the plain QR).
 */
export async function wxacodeUrl(
  ctx: ActionContext,
  activity: ActivityDoc,
  signInKey: string,
  step: number,
  code: string,
): Promise<string | null> {
  let fileID = activity.wxacode?.step === step ? activity.wxacode.fileID : null
  if (!fileID) fileID = await drawAndKeep(ctx, activity, sceneOf(signInKey, code), step)
  if (!fileID) return null
  const { fileList } = await ctx.cloud.getTempFileURL({ fileList: [fileID] })
  return fileList[0]?.tempFileURL || null
}

async function drawAndKeep(
  ctx: ActionContext,
  activity: ActivityDoc,
  scene: string,
  step: number,
): Promise<string | null> {
  let image: { contentType: string; buffer: Buffer }
  try {
    image = await ctx.cloud.openapi.wxacode.getUnlimited({
      scene,
      page: SIGN_IN_PAGE,
      checkPath: true,
      envVersion: 'release',
      width: WIDTH,
    })
  } catch (error) {
    console.warn(`[activity] wxacode.getUnlimited refused in ${ctx.requestId}`, error)
    return null
  }
  const extension = /png/.test(image.contentType) ? 'png' : 'jpg'
  const { fileID } = await ctx.cloud.uploadFile({
    cloudPath: `signin-codes/${activity._id}/${step}.${extension}`,
    fileContent: image.buffer,
  })
  const _ = ctx.db.command
  // Only forward: a slower screen of an earlier step never replaces a later code.
  const { stats } = await ctx.db
    .collection('activities')
    .where(_.and([{ _id: activity._id }, _.or([{ 'wxacode.step': _.lt(step) }, { wxacode: _.exists(false) }])]))
    .update({ data: { wxacode: { step, fileID } } })
  const previous = activity.wxacode?.fileID
  if (stats.updated === 1 && previous && previous !== fileID) {
    await ctx.cloud.deleteFile({ fileList: [previous] }).catch((error: unknown) => {
      console.warn(`[activity] old wxacode not deleted in ${ctx.requestId}`, error)
    })
  }
  return fileID
}
