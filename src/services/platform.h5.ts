// H5 start-up: the local cloud needs no initialisation and browsers have no WeChat font setting.
import type { startPlatform as Start } from './platform'
import '../h5.css'

export const startPlatform: typeof Start = () => {}
