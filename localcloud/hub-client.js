// The admin hub page's own script: hub-page.ts puts this file into the page as it is (plain
// browser JavaScript, no build step). The renderers are pure — an endpoint's JSON in, HTML in
// words out, times in China time — and the tests require this file to check them; the rest only
// wires them to the page's buttons. Types: hub-client.d.ts.
'use strict'

const CHINA_OFFSET_MS = 8 * 3600000
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text made safe to put into HTML. */
function esc(value) {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c])
}

/** `2026年12月7日 14:30`, China time (UTC+8 all year). */
function chinaTime(instant) {
  const d = new Date(instant + CHINA_OFFSET_MS)
  const two = (n) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}

/** The project's words for one of its names, or the name as it is. */
function wordFor(words, key) {
  return words && Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key
}

/** The raw answer, folded away: for the engineer, not the reader. */
function rawDetails(data) {
  return `<details><summary>查看原始数据（JSON）</summary><pre>${esc(JSON.stringify(data, null, 2))}</pre></details>`
}

/** `组织：14、党员：120` from an object's numeric fields, in the project's words. */
function figuresText(figures, words) {
  return Object.keys(figures)
    .filter((key) => typeof figures[key] === 'number')
    .map((key) => `${esc(wordFor(words, key))}：${figures[key]}`)
    .join('、')
}

function renderClock(state) {
  return (
    `<p class="clock-now">${esc(state.nowText)}</p>` +
    `<p class="clock-offset">${esc(state.offsetText)}</p>` +
    `<p class="hint">“恢复初始时间”回到：${esc(state.startsAtText)}</p>`
  )
}

const CLOCK_FIELDS = ['ok', 'now', 'offsetMs', 'startsAt', 'nowText', 'offsetText', 'startsAtText']

function renderSeed(answer, words) {
  const figures = {}
  for (const key of Object.keys(answer)) if (!CLOCK_FIELDS.includes(key)) figures[key] = answer[key]
  const counted = figuresText(figures, words.figures)
  return (
    `<p class="done">已重置并载入演示数据。${counted ? `共有${counted}。` : ''}</p>` +
    `<p>云端时间：${esc(answer.nowText)}，${esc(answer.offsetText)}。</p>` +
    rawDetails(answer)
  )
}

/** The clock moved to the demo's next moment: when, and what happens then. */
function renderNextMoment(answer) {
  return `<p class="done">云端时间已调到 ${esc(answer.nowText)}：${esc(answer.what)}。</p>`
}

function renderReset() {
  return '<p class="done">已清空所有数据：各集合（仍保留）、订阅消息、授权和文件。云端时间已回到初始时间。</p>'
}

function renderExport(store, words) {
  const names = Object.keys(store)
  const total = names.reduce((sum, name) => sum + store[name].length, 0)
  const filled = names.filter((name) => store[name].length > 0)
  const empty = names.filter((name) => store[name].length === 0)
  const rows = filled
    .map(
      (name) =>
        `<li><span class="name">${esc(wordFor(words.collections, name))}<small>${esc(name)}</small></span>` +
        `<span class="count">${store[name].length}条</span></li>`,
    )
    .join('')
  return (
    `<p class="done">共${names.length}个集合、${total}条记录。</p>` +
    (rows ? `<ul class="table">${rows}</ul>` : '') +
    (empty.length
      ? `<p class="hint">空的集合：${empty.map((n) => esc(wordFor(words.collections, n))).join('、')}</p>`
      : '') +
    '<p><a href="/_admin/export" download="本地云数据.json">下载全部数据（JSON 文件）</a></p>'
  )
}

/** One job's line: what it did (its figures above zero), or that it had nothing to do. */
function jobLine(job, figures, words) {
  const done = {}
  for (const key of Object.keys(figures)) if (figures[key] > 0) done[key] = figures[key]
  const what = Object.keys(done).length > 0 ? figuresText(done, words.figures) : '这次没有要做的'
  return `<li><b>${esc(wordFor(words.jobs, job))}</b>：${what}</li>`
}

function renderTimer(name, status, outcome, words) {
  if (!outcome || outcome.kind === undefined) return renderError(status, outcome)
  if (outcome.kind === 'error') {
    return `<p class="bad">定时任务 ${esc(name)} 运行失败：${esc(outcome.errMsg)}（错误码 ${esc(outcome.errCode)}）</p>`
  }
  const result = outcome.result || {}
  const took = `用时${(outcome.durationMs / 1000).toFixed(1)}秒${outcome.coldStartMs === null ? '' : '，含冷启动'}`
  if (result.ok === false) {
    return `<p class="bad">定时任务 ${esc(name)} 没有运行：${esc(result.error && result.error.message)}</p>${rawDetails(outcome)}`
  }
  const jobs = result.data || {}
  const lines = Object.keys(jobs)
    .map((job) => jobLine(job, jobs[job], words))
    .join('')
  return `<p class="done">定时任务 ${esc(name)} 已运行（${took}）。</p><ul>${lines}</ul>${rawDetails(outcome)}`
}

function renderMessages(messages, people, templates) {
  if (messages.length === 0) {
    return '<p>还没有发出订阅消息。提醒在约定的时候发出（如活动前一天傍晚）：先把云端时间拨到那时，再运行定时任务 timer 和 sender。</p>'
  }
  const nameOf = {}
  for (const person of people) nameOf[person.openid] = person.name
  const templateOf = {}
  for (const template of templates) templateOf[template.id] = template
  const sent = messages.filter((m) => m.outcome === 'sent').length
  const items = messages
    .slice()
    .sort((a, b) => b.at - a.at)
    .map((m) => {
      const template = templateOf[m.templateId] || {}
      const names = template.keywordNames || {}
      const fields = Object.keys(m.data || {})
        .map((key) => `<li>${esc(wordFor(names, key))}：${esc(m.data[key].value)}</li>`)
        .join('')
      const outcome =
        m.outcome === 'sent'
          ? '<span class="good">已送达</span>'
          : `<span class="bad">未送达：${esc(m.outcome.errMsg)}（${esc(m.outcome.errCode)}）</span>`
      return (
        `<li class="message"><p><b>${esc(template.title || m.templateId)}</b> · 发给${esc(nameOf[m.touser] || '未知用户')}` +
        ` · ${chinaTime(m.at)} · ${outcome}</p><ul>${fields}</ul></li>`
      )
    })
    .join('')
  return `<p class="done">共${messages.length}条，已送达${sent}条（新的在前）。</p><ul class="messages">${items}</ul>`
}

function renderIdentities(people, words) {
  if (people.length === 0) return '<p>这个项目没有配置演示身份。</p>'
  const roles = Object.keys(words.roles || {})
  for (const person of people) if (!roles.includes(person.role)) roles.push(person.role)
  return roles
    .map((role) => {
      const group = people.filter((person) => person.role === role)
      if (group.length === 0) return ''
      const rows = group
        .map((p) => `<li>${[p.name, p.branchName, p.duty].filter(Boolean).map(esc).join(' · ')}</li>`)
        .join('')
      return `<h3>${esc(wordFor(words.roles, role))}（${group.length}人）</h3><ul>${rows}</ul>`
    })
    .join('')
}

function renderError(status, body) {
  const said = body && typeof body.error === 'string' ? body.error : `本地云没有处理（HTTP ${status}）`
  return `<p class="bad">${esc(said)}</p>`
}

/** Wires the renderers to the page's buttons (in the browser only). */
function startHub(doc) {
  const data = JSON.parse(doc.getElementById('hub-data').textContent)
  const words = data.words
  const show = (id, html) => (doc.getElementById(id).innerHTML = html)
  const call = async (method, path, body) => {
    const res = await fetch(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: res.status, ok: res.ok, json: await res.json() }
  }
  const showClock = (state) => show('clock', renderClock(state))
  const readClock = async () => showClock((await call('GET', '/_admin/clock')).json)
  const dialog = doc.getElementById('confirm')
  const ask = (title, text, yes) =>
    new Promise((resolve) => {
      doc.getElementById('confirm-title').textContent = title
      doc.getElementById('confirm-text').textContent = text
      doc.getElementById('confirm-yes').textContent = yes
      dialog.returnValue = ''
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true })
      dialog.showModal()
    })
  const setClock = async (now) => {
    const answer = await call('POST', '/_admin/clock', { now })
    if (!answer.ok) return show('clock-out', renderError(answer.status, answer.json))
    showClock(answer.json)
    show('clock-out', `<p class="done">云端时间已设为 ${esc(answer.json.nowText)}。</p>`)
  }
  const actions = {
    async 'set-clock'() {
      const text = doc.getElementById('now').value.trim()
      if (!text) return show('clock-out', '<p class="bad">请先填要拨到的时间，如 2026-12-07 14:30。</p>')
      await setClock(text)
    },
    async shift(button) {
      const { json } = await call('GET', '/_admin/clock')
      await setClock(Date.parse(json.now) + Number(button.dataset.ms))
    },
    'clock-start': () => setClock(null),
    async 'clock-next'() {
      const answer = await call('POST', '/_admin/clock/next', {})
      if (!answer.ok) return show('clock-out', renderError(answer.status, answer.json))
      showClock(answer.json)
      show('clock-out', renderNextMoment(answer.json))
    },
    async seed() {
      const yes = await ask(
        '重置并载入演示数据？',
        '现在的所有数据（活动、签到、党费、通知……）都会清空，换成一套新的演示数据；云端时间回到初始时间。',
        '重置并载入',
      )
      if (!yes) return show('data-out', '<p>已取消，数据没有改动。</p>')
      show('data-out', '<p>正在载入演示数据，约需十几秒…</p>')
      const answer = await call('POST', '/_admin/seed', {})
      if (!answer.ok) return show('data-out', renderError(answer.status, answer.json))
      show('data-out', renderSeed(answer.json, words))
      showClock(answer.json)
    },
    async reset() {
      const yes = await ask(
        '清空所有数据？',
        '所有集合里的记录、订阅消息、授权和文件都会删除，不能恢复；云端时间回到初始时间。',
        '全部清空',
      )
      if (!yes) return show('data-out', '<p>已取消，数据没有改动。</p>')
      const answer = await call('POST', '/_admin/reset', {})
      if (!answer.ok) return show('data-out', renderError(answer.status, answer.json))
      show('data-out', renderReset())
      await readClock()
    },
    async export() {
      const answer = await call('GET', '/_admin/export')
      show('data-out', renderExport(answer.json, words))
    },
    async timer(button) {
      const name = button.dataset.fn
      show('timer-out', `<p>正在运行 ${esc(name)}…</p>`)
      const answer = await call('POST', `/_admin/timers/${encodeURIComponent(name)}`, {})
      show('timer-out', renderTimer(name, answer.status, answer.json, words))
    },
    async messages() {
      const [messages, people] = await Promise.all([call('GET', '/_admin/messages'), call('GET', '/_admin/identities')])
      show('messages-out', renderMessages(messages.json, people.json, data.templates))
    },
    async identities() {
      show('identities-out', renderIdentities((await call('GET', '/_admin/identities')).json, words))
    },
  }
  doc.addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-act]')
    if (!button || button.disabled) return
    button.disabled = true
    try {
      await actions[button.dataset.act](button)
    } catch (error) {
      show(button.dataset.out || 'clock-out', `<p class="bad">连不上本地云：${esc(error.message)}</p>`)
    } finally {
      button.disabled = false
    }
  })
  doc.getElementById('now').addEventListener('keydown', (event) => {
    if (event.key === 'Enter') doc.querySelector('button[data-act="set-clock"]').click()
  })
  void readClock()
}

if (typeof document !== 'undefined' && document.getElementById('hub-data')) startHub(document)

if (typeof module !== 'undefined') {
  module.exports = {
    esc,
    chinaTime,
    renderClock,
    renderSeed,
    renderReset,
    renderNextMoment,
    renderExport,
    renderTimer,
    renderMessages,
    renderIdentities,
    renderError,
  }
}
