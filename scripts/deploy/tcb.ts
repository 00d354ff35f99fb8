/**
 * The CloudBase management SDK, loaded only for a real deploy (a dry run never needs it).
 * Assigning the SDK's instance to CloudBaseApi makes the compiler check that every call the
 * executor makes exists in @cloudbase/manager-node with compatible arguments.
 */
import type { CloudBaseApi } from './execute'
import type { Secrets } from './secrets'

export async function cloudBase(envId: string, secrets: Secrets): Promise<CloudBaseApi> {
  const { default: CloudBase } = await import('@cloudbase/manager-node')
  const api: CloudBaseApi = new CloudBase({
    secretId: secrets.secretId,
    secretKey: secrets.secretKey,
    token: secrets.sessionToken,
    envId,
  })
  return api
}
