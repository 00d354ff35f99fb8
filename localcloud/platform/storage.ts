/**
 * Cloud storage as wx-server-sdk (through @cloudbase/node-sdk) speaks to it:
 * - `storage.getUploadMetadata` { path, method: 'put' } → { url, token, authorization, fileId,
 *   cosFileId }; the SDK then PUTs the bytes to `url` and reads the reply as COS
 *   would send it (empty body = stored, `<Error>` XML = refused);
 * - `storage.batchGetDownloadUrl` { file_list: [{ fileid, max_age? }] } → { download_list:
 *   [{ fileID, tempFileURL, code, maxAge }] }, at most 50 files a call;
 * - `storage.batchDeleteFile` { fileid_list } → { delete_list: [{ fileID, code }] };
 * - `cloud.downloadFile` is getTempFileURL with maxAge 600 followed by a GET of the URL.
 * fileIDs have WeChat's form `cloud://<env>.<bucket>/<path>`; URLs point at this local cloud.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { CloudApiError } from '../errors'
import type { LocalCloudContext } from '../types'
import type { FileStore } from './files'

export const MAX_FILES_PER_CALL = 50
/** WeChat's temporary links last two hours unless asked otherwise, and a day at most. */
export const DEFAULT_URL_SECONDS = 7200
export const MAX_URL_SECONDS = 86400
const UPLOAD_WINDOW_MS = 10 * 60 * 1000
const MAX_CLOUD_PATH_BYTES = 850

/**
 * WeChat's cloudPath characters: letters (Chinese included), digits and `! - _ . * ' ( )`,
 * segments joined by single slashes, no leading slash. `.` and `..` segments are refused too.
 */
const SEGMENT = /^[\p{L}\p{N}!\-_.*'()]+$/u

export function checkCloudPath(path: unknown): string {
  if (typeof path !== 'string' || path === '') throw new CloudApiError('INVALID_PARAM', 'cloudPath is empty')
  const segments = path.split('/')
  const bad = segments.find((s) => !SEGMENT.test(s) || s === '.' || s === '..')
  if (bad !== undefined || Buffer.byteLength(path) > MAX_CLOUD_PATH_BYTES) {
    throw new CloudApiError('INVALID_PARAM', `cloudPath ${JSON.stringify(path)} is not a valid cloud path`)
  }
  return path
}

/** WeChat's bucket names are `<hex of the env's first two letters>-<env>-<app number>`. */
export function bucketOf(env: string): string {
  return `${Buffer.from(env.slice(0, 2)).toString('hex')}-${env}-1300000000`
}

export function fileIdOf(env: string, path: string): string {
  return `cloud://${env}.${bucketOf(env)}/${path}`
}

export interface FileLocation {
  env: string
  path: string
}

/** The env and path of a fileID this cloud could have issued, else null. */
export function parseFileId(fileId: unknown): FileLocation | null {
  const m = typeof fileId === 'string' ? /^cloud:\/\/([^./]+)\.([^/]+)\/(.+)$/.exec(fileId) : null
  if (!m || m[2] !== bucketOf(m[1])) return null
  try {
    return { env: m[1], path: checkCloudPath(m[3]) }
  } catch {
    return null
  }
}

interface PendingUpload extends FileLocation {
  expiresAt: number
}

export class Storage {
  private readonly pending = new Map<string, PendingUpload>()

  constructor(
    readonly files: FileStore,
    private readonly ctx: LocalCloudContext,
    private readonly urlSecret: () => string,
  ) {}

  async handle(action: string, params: Record<string, unknown>, env: string): Promise<unknown> {
    switch (action) {
      case 'storage.getUploadMetadata':
        return this.uploadMetadata(env, params)
      case 'storage.batchGetDownloadUrl':
        return this.downloadUrls(params.file_list)
      case 'storage.batchDeleteFile':
        return this.deleteFiles(params.fileid_list)
      default:
        throw new CloudApiError('INVALID_ACTION', `${action} is not served by the local cloud`)
    }
  }

  /** The location an upload token was issued for, consuming it; null when unknown or expired. */
  claimUpload(token: string): FileLocation | null {
    const upload = this.pending.get(token)
    this.pending.delete(token)
    return upload && upload.expiresAt >= this.ctx.clock.now() ? upload : null
  }

  /** True when a temporary URL's signature matches and it has not expired. */
  urlValid(location: FileLocation, sign: string, expiresSeconds: string): boolean {
    const expected = Buffer.from(this.sign(location, expiresSeconds))
    const given = Buffer.from(sign)
    const signed = given.length === expected.length && timingSafeEqual(given, expected)
    return signed && Number(expiresSeconds) * 1000 >= this.ctx.clock.now()
  }

  private sign(location: FileLocation, expiresSeconds: string): string {
    return createHmac('sha256', this.urlSecret())
      .update(`${location.env}/${location.path}\n${expiresSeconds}`)
      .digest('hex')
      .slice(0, 32)
  }

  private storageBase(env: string): string {
    return `${this.ctx.baseUrl()}/_storage/${env}.${bucketOf(env)}`
  }

  private uploadMetadata(env: string, params: Record<string, unknown>): Record<string, string> {
    const path = checkCloudPath(params.path)
    if (params.method !== undefined && params.method !== 'put') {
      throw new CloudApiError('INVALID_PARAM', 'the local cloud takes uploads by PUT only')
    }
    const now = this.ctx.clock.now()
    for (const [token, upload] of this.pending) if (upload.expiresAt < now) this.pending.delete(token)
    const token = randomBytes(16).toString('hex')
    this.pending.set(token, { env, path, expiresAt: now + UPLOAD_WINDOW_MS })
    const fileId = fileIdOf(env, path)
    return {
      url: `${this.ctx.baseUrl()}/_storage/upload/${token}`,
      token,
      authorization: `local-upload ${token}`,
      fileId,
      cosFileId: token,
    }
  }

  private tempUrl(location: FileLocation, maxAge: number): string {
    const expires = String(Math.floor(this.ctx.clock.now() / 1000) + maxAge)
    const query = `sign=${this.sign(location, expires)}&t=${expires}`
    // The path stays unescaped, as WeChat's URLs are: the SDK applies encodeURI before fetching.
    return `${this.storageBase(location.env)}/${location.path}?${query}`
  }

  private async downloadUrls(fileList: unknown): Promise<{ download_list: unknown[] }> {
    if (!Array.isArray(fileList) || fileList.length === 0) {
      throw new CloudApiError('INVALID_PARAM', 'file_list must be a non-empty array')
    }
    if (fileList.length > MAX_FILES_PER_CALL) {
      throw new CloudApiError('INVALID_PARAM', `at most ${MAX_FILES_PER_CALL} files per call, got ${fileList.length}`)
    }
    const list = []
    for (const item of fileList as Array<Record<string, unknown>>) {
      const fileID = item?.fileid
      const requested = Number(item?.max_age ?? DEFAULT_URL_SECONDS)
      const maxAge =
        Number.isFinite(requested) && requested > 0
          ? Math.min(Math.floor(requested), MAX_URL_SECONDS)
          : DEFAULT_URL_SECONDS
      const location = parseFileId(fileID)
      const exists = location !== null && (await this.files.exists(`${location.env}/${location.path}`))
      list.push(
        location && exists
          ? { fileID, tempFileURL: this.tempUrl(location, maxAge), code: 'SUCCESS', maxAge }
          : { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST', message: 'file does not exist', maxAge },
      )
    }
    return { download_list: list }
  }

  private async deleteFiles(fileIds: unknown): Promise<{ delete_list: unknown[] }> {
    if (!Array.isArray(fileIds) || fileIds.length === 0) {
      throw new CloudApiError('INVALID_PARAM', 'fileid_list must be a non-empty array')
    }
    if (fileIds.length > MAX_FILES_PER_CALL) {
      throw new CloudApiError('INVALID_PARAM', `at most ${MAX_FILES_PER_CALL} files per call, got ${fileIds.length}`)
    }
    const list = []
    for (const fileID of fileIds) {
      const location = parseFileId(fileID)
      const removed = location !== null && (await this.files.remove(`${location.env}/${location.path}`))
      list.push({ fileID, code: removed ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' })
    }
    return { delete_list: list }
  }
}
