/**
 * What the weapp build draws on its 2d canvases, read from the host's recording canvas
 * (tests/weapp/canvas.ts): the secretary's plain sign-in QR — drawn when WeChat gives no
 * 小程序码 — decodes to the sign-in path with the code of the moment; the office's attendance
 * charts (F2) draw each branch's and each month's rate as a bar of that length, labelled, with
 * every label inside the canvas.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { qrPayload } from '../../core/activity/code'
import { decodeQrPixels } from '../helpers/decode-qr'
import { rasterise, type Box, type RecordingCanvas } from './canvas'
import { identities, startTestCloud } from './cloud'
import { CLOUD_URL, TEST_NOW } from './env'
import { WeappHost, WINDOW_WIDTH, type WeappPage } from './host'
import { FIRST_BRANCH, peopleOf, TODAY_ACTIVITY } from './people'
import { problemsOf } from './checks'

const PIXEL_RATIO = 3
/** The party red of the bars (src/packageAdmin/components/RateChart/draw.ts). */
const BAR = '#c8102e'
/** The rate axis' ticks (RateChart/draw.ts: three, as five ran into one another on a phone). */
const TICKS = ['0%', '50%', '100%']

/** The canvas once drawn: it exists and nothing more has been drawn on it for `quietMs`. */
async function drawn(page: WeappPage, id: string | RegExp, quietMs = 80, timeoutMs = 5000): Promise<RecordingCanvas> {
  const start = performance.now()
  let last = -1
  let since = performance.now()
  for (;;) {
    const canvas = [...page.canvases.values()].find((c) => (typeof id === 'string' ? c.id === id : id.test(c.id)))
    const count = canvas?.ops.length ?? -1
    if (count !== last) {
      last = count
      since = performance.now()
    } else if (canvas && canvas.drawing().some((o) => o.state) && performance.now() - since >= quietMs) return canvas
    if (performance.now() - start > timeoutMs)
      throw new Error(
        `weapp host: nothing drawn on canvas ${String(id)} of ${page.route} within ${timeoutMs} ms (canvases: ${[...page.canvases.keys()].join(', ') || 'none'}; errors: ${JSON.stringify(page.host.errors)})`,
      )
    await new Promise((r) => setTimeout(r, 15))
  }
}

interface LiveCode {
  code: string
  qrPayload: string
  wxacodeUrl: string | null
}

/** The code in the live page's latest activity.live answer. */
function liveAnswer(page: WeappPage): LiveCode {
  const answers = page.host.calls.filter((c) => c.action === 'activity.live' && c.envelope)
  const envelope = answers[answers.length - 1]?.envelope as { ok: boolean; data?: { code: LiveCode | null } }
  assert.ok(envelope?.ok && envelope.data?.code, `activity.live answered ${JSON.stringify(envelope)}`)
  return envelope.data.code
}

test('the secretary’s fallback QR, drawn on the weapp canvas, decodes to the sign-in path with the current code', async () => {
  // The project's cloud gives a 小程序码: the screen shows that image and draws no QR.
  const { secretary } = await peopleOf(CLOUD_URL, FIRST_BRANCH)
  const url = `packageSecretary/pages/live/index?id=${encodeURIComponent(TODAY_ACTIVITY)}`
  const first = await WeappHost.launch(url, { cloudUrl: CLOUD_URL, openid: secretary.openid })
  try {
    await first.page.waitFor('签到码')
    await first.host.idle()
    const { wxacodeUrl } = liveAnswer(first.page)
    assert.ok(wxacodeUrl, 'the project’s cloud gives a 小程序码')
    assert.equal(first.page.findAll('.live-code__wxacode')[0]?.props.src, wxacodeUrl)
    assert.deepEqual([...first.page.canvases.keys()], [], 'no QR drawn beside the 小程序码')
  } finally {
    first.host.close()
  }

  // A cloud whose app.json lacks the sign-in page: WeChat refuses the 小程序码 (41030), the QR is drawn.
  const cloud = await startTestCloud(TEST_NOW, { pages: ['pages/home/index'] })
  try {
    const { secretary: officer } = await peopleOf(cloud.url, FIRST_BRANCH)
    const { host, page } = await WeappHost.launch(url, { cloudUrl: cloud.url, openid: officer.openid })
    try {
      await page.waitFor('请在小程序里点“扫码签到”扫这个码')
      const canvas = await drawn(page, 'live-qr')
      const answer = liveAnswer(page)
      assert.equal(answer.wxacodeUrl, null)
      const shown = /签到码\n(\d{6})\n/.exec(page.text())?.[1]
      assert.equal(shown, answer.code, 'the code on screen is the answer’s')

      const side = Math.round(WINDOW_WIDTH * 0.72)
      assert.deepEqual([canvas.cssWidth, canvas.width, canvas.height], [side, side * PIXEL_RATIO, side * PIXEL_RATIO])
      const pixels = rasterise(canvas)
      const decoded = decodeQrPixels(pixels.data, pixels.width, pixels.height)
      assert.equal(decoded, answer.qrPayload, 'the drawn QR holds the live view’s qrPayload')
      assert.equal(decoded, qrPayload(TODAY_ACTIVITY, answer.code))
      assert.equal(decoded, `pages/signin/index?a=${encodeURIComponent(TODAY_ACTIVITY)}&c=${answer.code}`)
      assert.deepEqual(problemsOf(host, page), [])
    } finally {
      host.close()
    }
  } finally {
    await cloud.close()
  }
})

interface Row {
  label: string
  ratePct: number | null
}

const centre = (b: Box): [number, number] => [(b.left + b.right) / 2, (b.top + b.bottom) / 2]

function boundsOf(points: Array<[number, number]>): Box {
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) }
}

/**
 * The chart on `canvas` shows `rows`: each label and the 0–100 % ticks drawn as text, each rate as
 * a bar in the party red whose length (against the 0 % and 100 % ticks) is the rate to within
 * half a point, centred on its label; every label wholly inside the canvas.
 */
function assertRateChart(canvas: RecordingCanvas, rows: Row[], transposed: boolean): void {
  assert.deepEqual(
    [canvas.width, canvas.height],
    [canvas.cssWidth * PIXEL_RATIO, canvas.cssHeight * PIXEL_RATIO],
    'the canvas drawn at the phone’s pixel ratio',
  )
  const texts = canvas.texts()
  const words = texts.map((t) => t.text)
  assert.deepEqual([...words].sort(), [...rows.map((r) => r.label), ...TICKS].sort(), 'the labels drawn')

  const at = (word: string) => centre(texts.find((t) => t.text === word)!.box)
  const axis = transposed ? 0 : 1
  const zero = at('0%')[axis]
  const full = at('100%')[axis]
  const bars = canvas
    .drawing()
    .filter((o) => o.name === 'fill' && String(o.state?.fillStyle).toLowerCase() === BAR && o.path?.length)
    .map((o) => boundsOf(o.path!.flat()))
  for (const row of rows) {
    const label = at(row.label)[1 - axis]
    const bar = bars.find((b) => Math.abs(centre(b)[1 - axis] - label) < 3 * PIXEL_RATIO)
    const length = bar ? (transposed ? bar.right - bar.left : bar.bottom - bar.top) : 0
    const drawnPct = (length / Math.abs(full - zero)) * 100
    assert.ok(
      Math.abs(drawnPct - (row.ratePct ?? 0)) <= 0.5,
      `${row.label}: the bar is drawn at ${drawnPct.toFixed(1)}% for a rate of ${row.ratePct ?? '—'}%`,
    )
  }

  const outside = texts
    .filter((t) => t.box.left < 0 || t.box.top < 0 || t.box.right > canvas.width || t.box.bottom > canvas.height)
    .map((t) => {
      const r = PIXEL_RATIO
      return (
        `“${t.text}” (${t.font.match(/\d+px/)?.[0]}) spans x ${(t.box.left / r).toFixed(1)}–${(t.box.right / r).toFixed(1)}, ` +
        `y ${(t.box.top / r).toFixed(1)}–${(t.box.bottom / r).toFixed(1)} px on a ${canvas.cssWidth}×${canvas.cssHeight} px canvas`
      )
    })
  assert.deepEqual(outside, [], 'every label inside the canvas')
}

async function asAdmin(url: string): Promise<{ host: WeappHost; page: WeappPage }> {
  const admin = (await identities(CLOUD_URL)).find((p) => p.role === 'admin')
  assert.ok(admin, 'the demo has an admin')
  return WeappHost.launch(url, { cloudUrl: CLOUD_URL, openid: admin.openid })
}

function answerOf<T>(page: WeappPage, action: string): T {
  const call = page.host.calls.find((c) => c.action === action)
  const envelope = call?.envelope as { ok: boolean; data: T } | undefined
  assert.ok(envelope?.ok, `${action} answered ${JSON.stringify(envelope)}`)
  return envelope.data
}

interface Figures {
  ratePct: number | null
}

test('出勤总览 draws each branch’s rate as a bar of that length, every label inside the chart', async () => {
  const { host, page } = await asAdmin('packageAdmin/pages/attendance/index')
  try {
    await page.waitFor('各支部出勤率')
    const canvas = await drawn(page, /^rate-chart-/)
    const data = answerOf<{ branches: Array<{ name: string; total: Figures }> }>(page, 'attendance.bureau')
    assert.ok(data.branches.length > 1, 'branches to draw')
    assertRateChart(
      canvas,
      data.branches.map((b) => ({ label: b.name, ratePct: b.total.ratePct })),
      true,
    )
    assert.deepEqual(problemsOf(host, page), [])
  } finally {
    host.close()
  }
})

test('a branch’s 出勤 page draws each month’s rate as a bar of that length, every label inside the chart', async () => {
  const { host, page } = await asAdmin(`packageAdmin/pages/attendance-branch/index?branchId=${FIRST_BRANCH}`)
  try {
    await page.waitFor('各月出勤率')
    const canvas = await drawn(page, /^rate-chart-/)
    const data = answerOf<{ months: string[]; currentMonth: string; byMonth: Figures[] }>(page, 'attendance.branch')
    const rows = data.months
      .map((m, i) => ({ month: m, figures: data.byMonth[i] }))
      .filter((r) => r.month <= data.currentMonth)
      .map((r) => ({ label: String(Number(r.month.slice(5))), ratePct: r.figures.ratePct }))
    assert.ok(rows.length > 0, 'months to draw')
    assertRateChart(canvas, rows, false)
    assert.deepEqual(problemsOf(host, page), [])
  } finally {
    host.close()
  }
})
