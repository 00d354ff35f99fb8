/** What WeChat's subscribe-message APIs answer, in the shape the app uses on both platforms. */
export type SheetAnswer = 'accept' | 'reject' | 'ban' | 'filter'

export interface KeptChoices {
  /** false when the member turned off all subscribe messages of this mini-program in WeChat. */
  mainSwitch: boolean
  /** Template id → the answer kept with 总是保持以上选择 (only those ever kept). */
  itemSettings: Record<string, 'accept' | 'reject' | 'ban'>
}
