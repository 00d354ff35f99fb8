/** The errors of the request and the platform, shared by every domain. */
import { APP_ERRORS } from './app'

export const BASE_ERRORS = {
  // The request itself
  'REQUEST.UNKNOWN_FUNCTION': '没有这个功能，请更新小程序后再试',
  'REQUEST.UNKNOWN_ACTION': '没有这个操作，请更新小程序后再试',
  'REQUEST.MALFORMED': '请求的格式不对',
  'REQUEST.MALFORMED_JSON': '请求的内容无法识别',
  'REQUEST.TOO_LARGE': '提交的内容太大了',
  'REQUEST.TOO_DEEP': '提交的内容层次太多，无法识别',
  'REQUEST.UNSUPPORTED_TYPE': '请求的格式不对，请更新小程序后再试',
  'REQUEST.INVALID': '填写的内容有误',
  // Who is calling
  'AUTH.NO_CALLER': '无法识别您的微信身份，请重新打开小程序',
  'AUTH.NOT_BOUND': '您还没有绑定党员身份，请先绑定',
  'AUTH.FORBIDDEN': '您没有权限做这件事',
  'AUTH.OTHER_BRANCH': '只能处理本支部的事务',
  'AUTH.TIMER_ONLY': '这个操作只能由定时任务触发',
  // Binding a WeChat identity to a roster entry
  'BINDING.ALREADY_BOUND': '这个微信已经绑定过党员身份了',
  'BINDING.MEMBER_BOUND': '这名党员已经绑定了微信，如需换绑请先解除绑定',
  'BINDING.NO_MATCH': '姓名或绑定码不对：请核对姓名（与支部名册一致）和6位绑定码，绑定码输错5次会失效',
  'BINDING.EXPIRED': '绑定码已过期，请向支部书记重新索取',
  'BINDING.LOCKED': '绑定码输错次数太多，已经失效，请向支部书记重新索取',
  // Organisation and roster
  'ORG.NOT_FOUND': '没有找到这个组织',
  'ORG.BAD_PARENT': '上级组织不对',
  'ORG.DUPLICATE_NAME': '同一上级下已有同名组织',
  'MEMBER.NOT_FOUND': '没有找到这名党员',
  'MEMBER.LEFT': '这名党员已标记为离开',
  'MEMBER.DUPLICATE_NAME': '本支部已有同名党员',
  'ROSTER.HAS_PROBLEMS': '名册中有需要修改的行，修改后再导入',
  'ROSTER.EMPTY': '名册是空的',
  'ROSTER.TOO_MANY_ROWS': '一次最多导入5000行',
  'ROSTER.BAD_FILE': '无法读取这个文件，请使用 CSV 或 Excel（xlsx）格式',
  // Content security (msgSecCheck)
  'CONTENT.RISKY': '内容未通过安全检查，请修改后再提交',
  // Platform and unexpected failures
  ...APP_ERRORS,
  'SYSTEM.TIMEOUT': '系统响应太慢，请稍后再试',
  'SYSTEM.RESULT_TOO_LARGE': '要显示的内容太多，请缩小范围后再试',
} as const
