/**
 * The admin hub's page: buttons over the same JSON endpoints tests use, the answers in words
 * (hub-client.js, put into the page as it is), the clock in China time, and a confirmation in
 * the page's own large type before anything is wiped.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HubWords, SubscribeTemplate } from './config-types'
import { cronText } from './hub-words'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const esc = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c])

let client: string | null = null
const clientScript = (): string => (client ??= readFileSync(join(__dirname, 'hub-client.js'), 'utf8'))

export interface HubPageData {
  title: string
  words: HubWords
  templates: SubscribeTemplate[]
  /** Functions with a timer trigger, and its cron. */
  timers: Array<{ name: string; cron: string }>
  /** The words of the button that moves the clock to the demo's next moment; null: no button. */
  nextMoment?: string | null
}

/** JSON that cannot end the script element it sits in. */
const inScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')

const DAY = 86_400_000

export const hubPage = ({ title, words, templates, timers, nextMoment = null }: HubPageData): string => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>本地云管理</title><link rel="icon" href="data:,">
<style>
body{font:20px/1.6 system-ui,sans-serif;margin:0 auto;max-width:760px;padding:16px;color:#1f1f1f;background:#faf7f5}
h1{font-size:26px;color:#b5121b;margin:8px 0}h2{font-size:22px;margin:0 0 8px}h3{font-size:20px;margin:12px 0 4px}
section{background:#fff;border:1px solid #e3d6d2;border-radius:12px;padding:16px;margin:16px 0}
button{font:inherit;min-height:52px;padding:0 18px;margin:6px 6px 6px 0;border-radius:10px;border:2px solid #b5121b;background:#fff;color:#b5121b;cursor:pointer}
button.primary{background:#b5121b;color:#fff}button:disabled{opacity:.5;cursor:progress}
button:focus-visible,input:focus-visible,a:focus-visible,summary:focus-visible{outline:3px solid #1f5fbf;outline-offset:2px}
label{display:block;font-weight:700;margin-top:12px}
input{font:inherit;min-height:52px;padding:0 12px;width:100%;max-width:360px;box-sizing:border-box;border:2px solid #8c8c8c;border-radius:10px}
.hint{color:#595959;font-size:18px}.clock-now{font-size:26px;font-weight:700;margin:0}.clock-offset{margin:4px 0}
.done{font-weight:700}.good{color:#1a7f37}.bad{color:#b5121b;font-weight:700}
ul{padding-left:1.2em}ul.table{list-style:none;padding:0}ul.table li{display:flex;gap:12px;border-bottom:1px solid #eee;padding:6px 0}
ul.table .name{flex:1}ul.table small{display:block;color:#595959;font-size:16px}ul.table .count{font-weight:700;white-space:nowrap}
ul.messages{list-style:none;padding:0}li.message{border-bottom:1px solid #eee;padding:8px 0}li.message p{margin:0}
pre{background:#f6f6f6;padding:8px;overflow:auto;max-height:360px;font-size:14px}summary{cursor:pointer;color:#595959;min-height:44px;line-height:44px}
a{color:#1f5fbf}
dialog{border:none;border-radius:16px;padding:24px;max-width:560px;width:calc(100% - 48px);box-shadow:0 8px 32px rgba(0,0,0,.35)}
dialog::backdrop{background:rgba(0,0,0,.5)}dialog .title{font-size:24px;font-weight:700;margin:0 0 8px}
dialog .actions{display:flex;gap:12px;justify-content:flex-end;flex-wrap:wrap;margin-top:16px}dialog .actions button{min-width:8em}
</style></head><body>
<script type="application/json" id="hub-data">${inScript({ words, templates })}</script>
<h1>${esc(title)} · 本地云管理</h1>
<p><a href="/">打开小程序（H5 版）</a></p>

<section aria-labelledby="clock-title"><h2 id="clock-title">云端时间</h2>
<div id="clock" aria-live="polite"><p>正在读取云端时间…</p></div>
<label for="now">拨到（北京时间）</label>
<input id="now" placeholder="2026-12-07 14:30" autocomplete="off">
<p class="hint">填北京时间，如 2026-12-07 14:30；也可填带时区的 ISO 时间，如 2026-12-07T14:30:00+08:00。拨好后时间从那一刻接着走。</p>
<button class="primary" data-act="set-clock" data-out="clock-out">设定云端时间</button>
<div><button data-act="shift" data-ms="${3_600_000}" data-out="clock-out">往后拨1小时</button><button data-act="shift" data-ms="${DAY}" data-out="clock-out">往后拨1天</button><button data-act="shift" data-ms="${7 * DAY}" data-out="clock-out">往后拨7天</button></div>
${nextMoment ? `<button class="primary" data-act="clock-next" data-out="clock-out">${esc(nextMoment)}</button>` : ''}
<button data-act="clock-start" data-out="clock-out">恢复初始时间</button>
<div id="clock-out" aria-live="polite"></div></section>

<section aria-labelledby="data-title"><h2 id="data-title">数据</h2>
<button data-act="seed" data-out="data-out">重置并载入演示数据</button>
<button data-act="reset" data-out="data-out">清空所有数据</button>
<button data-act="export" data-out="data-out">查看各集合的记录数</button>
<div id="data-out" aria-live="polite"></div></section>

<section aria-labelledby="timer-title"><h2 id="timer-title">定时任务</h2>
<p class="hint">和微信一样按云端时间运行。先拨好时钟，再点一下立即运行一次。</p>
${timers.map((t) => `<button data-act="timer" data-fn="${esc(t.name)}" data-out="timer-out">立即运行 ${esc(t.name)}（${esc(cronText(t.cron))}）</button>`).join('\n') || '<p>没有带定时触发器的云函数。</p>'}
<div id="timer-out" aria-live="polite"></div></section>

<section aria-labelledby="messages-title"><h2 id="messages-title">订阅消息</h2>
<button data-act="messages" data-out="messages-out">查看已发出的订阅消息</button>
<div id="messages-out" aria-live="polite"></div></section>

<section aria-labelledby="identities-title"><h2 id="identities-title">演示身份</h2>
<button data-act="identities" data-out="identities-out">列出演示身份</button>
<div id="identities-out" aria-live="polite"></div></section>

<dialog id="confirm" aria-labelledby="confirm-title"><form method="dialog">
<p class="title" id="confirm-title"></p><p id="confirm-text"></p>
<div class="actions"><button value="no" autofocus>取消</button><button class="primary" value="yes" id="confirm-yes"></button></div>
</form></dialog>
<script>
${clientScript()}
</script></body></html>`
