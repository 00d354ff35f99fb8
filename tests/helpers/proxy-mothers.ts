/** Object mothers for 代为记录: a link granted by branch A's secretary, through the real action. */
import type { LocalCloud } from '../../localcloud/server'
import { asSecretary, WORLD } from './cloud'

/** 甲党员一 may record for 甲党员二 (the elderly member), as family. Returns the link's id. */
export async function grantLink(
  cloud: LocalCloud,
  elderId: string = WORLD.memberA2,
  proxyId: string = WORLD.memberA1,
): Promise<string> {
  const link = await asSecretary(cloud, 'A').ok('secretary', 'proxy.grant', {
    elderId,
    proxyId,
    relation: 'family',
    note: '女儿',
    reason: '本人年过八旬、视力不好，请女儿代为记录',
  })
  return link.id
}
