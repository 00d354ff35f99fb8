// `npm run dev`: builds the H5 app, then starts the local cloud (demo data on first start)
// serving it, and prints the address to open. Ctrl+C stops everything.
import { spawn } from 'node:child_process'

function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })
}

console.log('正在构建 H5 版小程序（约 20 秒）…')
await run('npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production' })
const cloud = spawn('npx', ['tsx', 'localcloud/cli.ts', 'serve'], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cloud.kill(signal))
cloud.on('exit', (code) => process.exit(code ?? 0))
