// H5: cloud functions through the local cloud's HTTP endpoint, as the chosen demo person.
import { CloudError, networkError } from '@/errors/cloud-error'
import { currentOpenid } from './demo-identity'
import type { Send } from './transport'

export const send: Send = async (fn, action, input, requestKey) => {
  let response: Response
  let text: string
  try {
    response = await fetch(`${LOCAL_CLOUD_URL}/fn/${encodeURIComponent(fn)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-WX-OPENID': currentOpenid() },
      body: JSON.stringify({ action, input, requestKey }),
    })
    text = await response.text()
  } catch {
    throw networkError()
  }
  try {
    // The body is the envelope on every status, 4xx included.
    return JSON.parse(text) as unknown
  } catch {
    // A proxy or static server answered instead of the local cloud.
    throw response.status >= 502 && response.status <= 504 ? networkError() : new CloudError('INTERNAL')
  }
}
