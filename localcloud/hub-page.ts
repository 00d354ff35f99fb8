const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** The admin hub's page: buttons over the same JSON endpoints tests use. */
export const hubPage = (title: string): string => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>本地云管理</title>
<style>
body{font:18px/1.5 system-ui,sans-serif;margin:0 auto;max-width:760px;padding:16px;color:#1f1f1f}
h1{font-size:24px;color:#b5121b}section{border:1px solid #ddd;border-radius:8px;padding:12px;margin:12px 0}
button{font-size:18px;min-height:44px;padding:0 16px;margin:4px;border-radius:6px;border:1px solid #b5121b;background:#fff;color:#b5121b}
input{font-size:18px;min-height:40px;padding:0 8px}pre{background:#f6f6f6;padding:8px;overflow:auto;max-height:360px;font-size:14px}
</style></head><body>
<h1>${title.replace(/[&<>"]/g, (c) => ESCAPES[c])} · 本地云管理</h1>
<p><a href="/">打开小程序（H5）</a></p>
<section><h2>数据</h2>
<button onclick="post('/_admin/seed')">重置并载入演示数据</button>
<button onclick="post('/_admin/reset')">清空所有数据</button>
<button onclick="get('/_admin/export')">导出全部集合</button></section>
<section><h2>时钟</h2>
<input id="now" placeholder="2026-03-06T15:00:00+08:00">
<button onclick="post('/_admin/clock',{now:document.getElementById('now').value})">设定云端时间</button>
<button onclick="post('/_admin/clock',{now:null})">恢复初始时间</button>
<button onclick="get('/_admin/clock')">查看</button></section>
<section><h2>定时任务</h2>
<input id="fn" placeholder="云函数名，如 timer"><button onclick="post('/_admin/timers/'+document.getElementById('fn').value)">立即触发</button></section>
<section><h2>订阅消息</h2><button onclick="get('/_admin/messages')">查看已发送的订阅消息</button></section>
<section><h2>演示身份</h2><button onclick="get('/_admin/identities')">列出</button></section>
<pre id="out"></pre>
<script>
async function show(r){document.getElementById('out').textContent=JSON.stringify(await r.json(),null,2)}
function get(u){fetch(u).then(show)}
function post(u,b){fetch(u,{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify(b||{})}).then(show)}
</script></body></html>`
