/**
 * `security.msgSecCheck`. WeChat's model cannot run here, so a word list stands in for it: text
 * containing a risky word is `risky`, a review word `review`, anything else `pass`. Matching
 * ignores case, width (NFKC) and whitespace, so `赌 博` still hits `赌博`.
 *
 * Default lists (small on purpose; tests and the demo set their own):
 * - risky: WeChat's own published test strings, which its real service answers as risky, plus
 *   `赌博` and `色情` so that a plain-Chinese example exists;
 * - review: `加微信`, `私聊` (soliciting contact, which WeChat tends to send to review).
 */
import { randomUUID } from 'node:crypto'
import { OPENID_PATTERN, withRid, type WxReply } from './subscribe'

export const DEFAULT_SENSITIVE_WORDS = [
  '特3456书yuuo莞6543李zxcz蒜7782法fgnv级',
  '完2347全dfji试3726测asad感3847知qwez到',
  '赌博',
  '色情',
]
export const DEFAULT_REVIEW_WORDS = ['加微信', '私聊']

/** Labels from WeChat's documentation: 100 normal, 20001 时政, 21000 其他. */
export const LABELS = { normal: 100, risky: 20001, review: 21000 } as const

const MAX_CONTENT_CHARS = 2500
const SCENES = [1, 2, 3, 4]

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}

export class ContentSecurity {
  private risky: string[] = []
  private review: string[] = []

  constructor(risky: string[], review: string[]) {
    this.setRisky(risky)
    this.setReview(review)
  }

  setRisky(words: string[]): void {
    this.risky = words.map(normalize).filter(Boolean)
  }

  setReview(words: string[]): void {
    this.review = words.map(normalize).filter(Boolean)
  }

  check(params: Record<string, unknown>): WxReply {
    const { content, version } = params
    if (typeof content !== 'string' || content === '') return { errcode: 44004, errmsg: withRid('empty content') }
    if ([...content].length > MAX_CONTENT_CHARS) {
      return { errcode: 47001, errmsg: withRid(`data format error: content exceeds ${MAX_CONTENT_CHARS} characters`) }
    }
    const text = normalize(content)
    const riskyHit = this.risky.find((word) => text.includes(word))
    const reviewHit = riskyHit ? undefined : this.review.find((word) => text.includes(word))
    if (version === undefined || version === 1) {
      // Version 1 only says risky (87014) or not; the project uses version 2, this is for completeness.
      return riskyHit ? { errcode: 87014, errmsg: withRid('risky content') } : { errcode: 0, errmsg: 'ok' }
    }
    if (version !== 2) return { errcode: 47001, errmsg: withRid('data format error: version must be 1 or 2') }
    if (typeof params.openid !== 'string' || !OPENID_PATTERN.test(params.openid)) {
      return { errcode: 40003, errmsg: withRid('invalid openid') }
    }
    if (!SCENES.includes(Number(params.scene))) {
      return { errcode: 47001, errmsg: withRid('data format error: scene must be 1, 2, 3 or 4') }
    }
    const suggest = riskyHit ? 'risky' : reviewHit ? 'review' : 'pass'
    const label = riskyHit ? LABELS.risky : reviewHit ? LABELS.review : LABELS.normal
    const keywordHit = riskyHit ?? reviewHit
    return {
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label },
      detail: [
        { strategy: 'content_model', errcode: 0, suggest, label, prob: keywordHit ? 90 : 0 },
        keywordHit
          ? { strategy: 'keyword', errcode: 0, suggest, label, level: 20, keyword: keywordHit }
          : { strategy: 'keyword', errcode: 0, suggest: 'pass', label: LABELS.normal },
      ],
      trace_id: randomUUID(),
    }
  }
}
