/** The reminder a 介绍信 about to lapse without its 回执 sends the branch's secretary (template `notice`). */
import { formatChinaDateTime, dayWords } from '../dates'
import { fitName, fitThing, type Message } from '../notify/messages'

export function receiptDueMessage(
  transfer: { memberName: string; destination: string; validUntil: string },
  branchName: string,
  at: number,
): Message {
  const v = (value: string) => ({ value })
  return {
    template: 'notice',
    page: 'packageSecretary/pages/transfer/index',
    data: {
      thing1: v(fitThing(`${transfer.memberName}的组织关系回执未收到`)),
      name2: v(fitName(branchName)),
      time3: v(formatChinaDateTime(at)),
      thing4: v(fitThing(`介绍信${dayWords(transfer.validUntil)}到期，请督促报到`)),
    },
  }
}
