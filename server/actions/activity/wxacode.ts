/**
 * The 小程序码 that WeChat's own 扫一扫 opens at the sign-in page (PLATFORM.md, 小程序码): its
 * `scene` holds the activity's short sign-in key and the current code (core/activity/code.ts),
 * since an activity id does not fit in 32 characters. Both live in `signInCodes`, one document per
 * activity made by the first officer screen that shows a code: the key, and the image of the
 * latest 30-second step, kept in cloud storage (the one before is deleted). When WeChat refuses
 * (an app not yet published answers 41030), the live screen falls back to the plain QR, which
 * only the in-app scanner opens.
 */
import { randomInt } from 'node:crypto'
import { SIGN_IN_PAGE, sceneOf } from '../../../core/activity/code'
import { addOnce } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'

export const SIGN_IN_CODES = 'signInCodes'

/** `_id` = the activity's. Derived data: made again on demand if lost. */
export interface SignInCodeDoc {
  _id: string
  /** 8 of 0-9 A-Z a-z, unique among activities. */
  signInKey: string
  /** The 30-second step whose 小程序码 is in `fileID` (null before the first is drawn). */
  step: number | null
  fileID: string | null
  updatedAt: number
}

const KEY_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
/** Width of the drawn code in pixels: a phone screen held up to a room. */
const WIDTH = 430

export function newSignInKey(): string {
  let key = ''
  for (let i = 0; i < 8; i++) key += KEY_ALPHABET[randomInt(KEY_ALPHABET.length)]
  return key
}

/** The activity's sign-in key, made on first need; two screens at once agree on the first one written. */
export async function signInCodeOf(ctx: ActionContext, activityId: string): Promise<SignInCodeDoc> {
  const existing = await findById<SignInCodeDoc>(ctx.db, SIGN_IN_CODES, activityId)
  if (existing) return existing
  for (let tries = 0; tries < 3; tries++) {
    const signInKey = newSignInKey()
    const { total } = await ctx.db.collection(SIGN_IN_CODES).where({ signInKey }).count()
    if (total > 0) continue
    const doc: SignInCodeDoc = { _id: activityId, signInKey, step: null, fileID: null, updatedAt: ctx.now() }
    return (await addOnce(ctx.db, SIGN_IN_CODES, doc)).doc
  }
  throw new Error(`no free sign-in key for ${activityId}`)
}

/** The activity a scanned key names, or null. */
export async function activityIdOfKey(ctx: ActionContext, signInKey: string): Promise<string | null> {
  const found = await findAll<SignInCodeDoc>(ctx.db, SIGN_IN_CODES, { signInKey })
  return found.length === 1 ? found[0]._id : null
}

/**
 * A temporary link to the 小程序码 for this step's code, or null when WeChat would not draw one
 * (the screen then shows the plain QR).
 */
export async function wxacodeUrl(
  ctx: ActionContext,
  codes: SignInCodeDoc,
  step: number,
  code: string,
): Promise<string | null> {
  const fileID = codes.step === step && codes.fileID ? codes.fileID : await drawAndKeep(ctx, codes, step, code)
  if (!fileID) return null
  const { fileList } = await ctx.cloud.getTempFileURL({ fileList: [fileID] })
  return fileList[0]?.tempFileURL || null
}

async function drawAndKeep(
  ctx: ActionContext,
  codes: SignInCodeDoc,
  step: number,
  code: string,
): Promise<string | null> {
  let image: { contentType: string; buffer: Buffer }
  try {
    image = await ctx.cloud.openapi.wxacode.getUnlimited({
      scene: sceneOf(codes.signInKey, code),
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
    cloudPath: `signin-codes/${codes._id}/${step}.${extension}`,
    fileContent: image.buffer,
  })
  const _ = ctx.db.command
  // Only forward: a slower screen of an earlier step never replaces a later code.
  const { stats } = await ctx.db
    .collection(SIGN_IN_CODES)
    .where(_.and([{ _id: codes._id }, _.or([{ step: _.lt(step) }, { step: null }])]))
    .update({ data: { step, fileID, updatedAt: ctx.now() } })
  if (stats.updated === 1 && codes.fileID && codes.fileID !== fileID) {
    await ctx.cloud.deleteFile({ fileList: [codes.fileID] }).catch((error: unknown) => {
      console.warn(`[activity] old wxacode not deleted in ${ctx.requestId}`, error)
    })
  }
  return fileID
}
