/** The reminder an overdue 整改事项 sends its owner and the branch's secretary (template `notice`). */
import { formatChinaDateTime, dayWords } from '../dates'
import { fitName, fitThing, type Message } from '../notify/messages'

export function overdueItemMessage(
  item: { text: string; dueOn: string; activityId: string },
  branchName: string,
  forOwner: boolean,
  at: number,
): Message {
  const v = (value: string) => ({ value })
  return {
    template: 'notice',
    page: forOwner ? 'packageMember/pages/orglife/index' : `packageSecretary/pages/orglife/index?id=${item.activityId}`,
    data: {
      thing1: v(fitThing(`整改事项逾期：${item.text}`)),
      name2: v(fitName(branchName)),
      time3: v(formatChinaDateTime(at)),
      thing4: v(fitThing(`应于${dayWords(item.dueOn)}前完成，请尽快办理`)),
    },
  }
}
