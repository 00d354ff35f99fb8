/**
 * The local cloud keeps an idle connection open longer than any client keeps one in its pool.
 * With Node's default (5 s), a client whose own idle timer is coarse (undici's, in fetch) could
 * send its next request on a socket the server was closing at that moment and get ECONNRESET:
 * that is how a timer abuse test failed once under load. Here a keep-alive agent idles past
 * 5 s and must still be handed the same socket.
 */
import { Agent, get } from 'node:http'
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())

/** GETs the hub's clock through the agent; resolves with the local port of the socket used. */
function clockOn(agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = get(`${cloud.url}/_admin/clock`, { agent }, (res) => {
      res.resume()
      res.on('end', () => resolve(req.socket?.localPort ?? -1))
    })
    req.on('error', reject)
  })
}

it('keeps an idle keep-alive connection open past Node’s default 5 seconds', async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  try {
    const first = await clockOn(agent)
    await new Promise((done) => setTimeout(done, 6_000))
    expect(await clockOn(agent)).toBe(first)
  } finally {
    agent.destroy()
  }
}, 15_000)
