/** The reminder a 党员发展 deadline sends the branch's secretary (and the office for approvals), template `notice`. */
import { formatChinaDateTime, dayWords } from '../dates'
import { fitName, fitThing, type Message } from '../notify/messages'
import { DEVELOP_DEADLINE_LABELS } from './labels'
import type { DevelopDeadlineKind } from './types'

export function developDeadlineMessage(
  d: { kind: DevelopDeadlineKind; due: string },
  person: { id: string; name: string },
  branchName: string,
  forOffice: boolean,
  at: number,
): Message {
  const v = (value: string) => ({ value })
  return {
    template: 'notice',
    page: forOffice
      ? 'packageAdmin/pages/develop/index'
      : `packageSecretary/pages/develop-person/index?id=${person.id}`,
    data: {
      thing1: v(fitThing(`党员发展：${person.name}${DEVELOP_DEADLINE_LABELS[d.kind]}`)),
      name2: v(fitName(branchName)),
      time3: v(formatChinaDateTime(at)),
      thing4: v(fitThing(`期限${dayWords(d.due)}，请及时办理`)),
    },
  }
}
