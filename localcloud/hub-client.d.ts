/** Types of hub-client.js: the admin hub page's renderers, an endpoint's JSON in, HTML in words out. */
import type { HubWords, SubscribeTemplate } from './config-types'

export interface ClockWords {
  nowText: string
  offsetText: string
  startsAtText: string
}

export interface HubMessage {
  at: number
  touser: string
  templateId: string
  data: Record<string, { value: string }>
  outcome: 'sent' | { errCode: number; errMsg: string }
}

export function esc(value: unknown): string
export function chinaTime(instant: number): string
export function renderClock(state: ClockWords): string
export function renderSeed(answer: ClockWords & Record<string, unknown>, words: HubWords): string
export function renderReset(): string
export function renderNextMoment(answer: ClockWords & { what: string }): string
export function renderExport(store: Record<string, unknown[]>, words: HubWords): string
export function renderTimer(name: string, status: number, outcome: unknown, words: HubWords): string
export function renderMessages(
  messages: HubMessage[],
  people: Array<{ openid: string; name: string }>,
  templates: SubscribeTemplate[],
): string
export function renderIdentities(
  people: Array<{ name: string; role: string; branchName?: string; duty?: string }>,
  words: HubWords,
): string
export function renderError(status: number, body: unknown): string
