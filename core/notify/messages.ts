/**
 * One function per template that builds its `data` to WeChat's keyword rules: `thing` ≤ 20
 * characters, `name` ≤ 10 and all Chinese or all letters, `phrase` ≤ 5 Chinese characters,
 * `time` as `2026年3月6日 15:00`, `date` as `2026年3月6日`, `amount` as `30.00元`. Long text is
 * shortened with “…” rather than refused, so a long activity title never costs a member the
 * reminder (WeChat would answer 47003 and the message would be lost).
 */
import { formatChinaDateTime } from '../dates'
import { formatFen } from '../money'
import type { TemplateKey } from './templates'

export type TemplateData = Record<string, { value: string }>

export interface Message {
  template: TemplateKey
  /** The mini-program page the message opens. */
  page: string
  data: TemplateData
}

/** Characters as a person (and WeChat) counts them: an emoji or a rare Han character is one. */
function chars(text: string): string[] {
  return [...text]
}

/** One line, at most `max` characters, shortened with “…”; never empty. */
export function fitThing(text: string, max = 20, fallback = '详见小程序'): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line === '') return fallback
  const all = chars(line)
  return all.length <= max ? line : `${all.slice(0, max - 1).join('')}…`
}

/** A `name`: all Chinese (with ·) or all letters, at most 10; anything else keeps only the Chinese. */
export function fitName(text: string, fallback = '党支部'): string {
  const name = text.replace(/\s+/g, '').trim()
  const han = /^[\p{Script=Han}·]+$/u
  const latin = /^[\p{Script=Latin}.'·-]+$/u
  const usable =
    han.test(name) || latin.test(name)
      ? name
      : chars(name)
          .filter((c) => han.test(c))
          .join('')
  const fitted = chars(usable).slice(0, 10).join('')
  return fitted === '' ? fallback : fitted
}

/** A `phrase`: Chinese characters only, at most 5. */
export function fitPhrase(text: string, fallback = '请查看'): string {
  const han = chars(text).filter((c) => /\p{Script=Han}/u.test(c))
  return han.length === 0 ? fallback : han.slice(0, 5).join('')
}

const data = (values: Record<string, string>): TemplateData =>
  Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value }]))

export function activityMessage(
  a: { id: string; title: string; startAt: number; place: string },
  tip: string,
): Message {
  return {
    template: 'activity',
    page: `pages/activity/index?id=${a.id}`,
    data: data({
      thing1: fitThing(a.title),
      time2: formatChinaDateTime(a.startAt),
      thing3: fitThing(a.place, 20, '见活动详情'),
      thing4: fitThing(tip),
    }),
  }
}

export function noticeMessage(
  n: { id: string; title: string; authorName: string; publishedAt: number },
  note: string,
): Message {
  return {
    template: 'notice',
    page: `packageMember/pages/notice/index?id=${n.id}`,
    data: data({
      thing1: fitThing(n.title),
      name2: fitName(n.authorName),
      time3: formatChinaDateTime(n.publishedAt),
      thing4: fitThing(note),
    }),
  }
}

export function duesMessage(d: { month: string; dueFen: number }, note: string): Message {
  const [year, month] = d.month.split('-').map(Number)
  return {
    template: 'dues',
    page: 'pages/dues/index',
    data: data({
      thing1: fitThing(`${year}年${month}月党费`),
      amount2: `${formatFen(d.dueFen)}元`,
      thing3: fitThing(note),
    }),
  }
}

export function makeupMessage(t: { activityId: string; title: string }, state: string, tip: string): Message {
  return {
    template: 'makeup',
    page: `packageMember/pages/makeup/index?a=${t.activityId}`,
    data: data({ thing1: fitThing(t.title), phrase2: fitPhrase(state), thing3: fitThing(tip) }),
  }
}

export function birthdayMessage(p: { name: string; joinDate: string }, wish: string): Message {
  const [y, m, d] = p.joinDate.split('-').map(Number)
  return {
    template: 'birthday',
    page: 'pages/me/index',
    data: data({
      name1: fitName(p.name, '同志'),
      date2: `${y}年${m}月${d}日`,
      thing3: fitThing(wish),
    }),
  }
}

/** To the branch secretary: a member's 限期改正 (民主评议 不合格) ends soon. */
export function rectificationMessage(
  r: { year: number; memberName: string; branchName: string; endsOn: string },
  at: number,
): Message {
  const [y, m, d] = r.endsOn.split('-').map(Number)
  return {
    template: 'notice',
    page: `packageSecretary/pages/appraisal/index?year=${r.year}`,
    data: data({
      thing1: fitThing(`${r.memberName}限期改正将到期`),
      name2: fitName(r.branchName),
      time3: formatChinaDateTime(at),
      thing4: fitThing(`${y}年${m}月${d}日到期，请支部作出处置`),
    }),
  }
}
