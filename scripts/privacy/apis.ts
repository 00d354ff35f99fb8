/**
 * WeChat's privacy-scoped APIs (隐私接口), by the kind of user information each handles, as
 * listed in WeChat's "小程序用户隐私保护指引内容介绍": calling one needs the category declared in
 * the 用户隐私保护指引 and the user's consent first. `words` are what our own guide must say for
 * the category; `requiredPrivateInfos` marks the location APIs that app.json must also list.
 */
export interface PrivacyCategory {
  /** WeChat's privacy_key. */
  key: string
  /** The category as WeChat names it in the guide's form. */
  label: string
  apis: string[]
  /** Any of these in our guide's text counts as declaring the category. */
  words: string[]
  requiredPrivateInfos?: boolean
}

export const PRIVACY_CATEGORIES: PrivacyCategory[] = [
  {
    key: 'UserInfo',
    label: '用户信息（微信昵称、头像）',
    apis: ['getUserInfo', 'getUserProfile'],
    words: ['昵称', '头像'],
  },
  {
    key: 'Location',
    label: '位置信息',
    apis: [
      'getLocation',
      'getFuzzyLocation',
      'startLocationUpdate',
      'startLocationUpdateBackground',
      'onLocationChange',
    ],
    words: ['位置'],
    requiredPrivateInfos: true,
  },
  {
    key: 'ChooseLocation',
    label: '选择的位置信息',
    apis: ['chooseLocation', 'choosePoi'],
    words: ['选定活动地点', '选择位置', '地图上选'],
    requiredPrivateInfos: true,
  },
  { key: 'Address', label: '地址', apis: ['chooseAddress'], words: ['地址'], requiredPrivateInfos: true },
  { key: 'Invoice', label: '发票信息', apis: ['chooseInvoiceTitle', 'chooseInvoice'], words: ['发票'] },
  { key: 'RunData', label: '微信运动数据', apis: ['getWeRunData'], words: ['微信运动'] },
  { key: 'LicensePlate', label: '车牌号', apis: ['chooseLicensePlate'], words: ['车牌'] },
  { key: 'Album', label: '选中的照片或视频信息', apis: ['chooseImage', 'chooseMedia', 'chooseVideo'], words: ['照片'] },
  { key: 'MessageFile', label: '选中的文件', apis: ['chooseMessageFile'], words: ['文件'] },
  {
    key: 'Record',
    label: '麦克风',
    apis: ['startRecord', 'getRecorderManager', 'joinVoIPChat'],
    words: ['麦克风', '录音'],
  },
  { key: 'Camera', label: '摄像头', apis: ['createVKSession'], words: ['摄像头'] },
  { key: 'BlueTooth', label: '蓝牙', apis: ['openBluetoothAdapter', 'createBLEPeripheralServer'], words: ['蓝牙'] },
  {
    key: 'AlbumWriteOnly',
    label: '相册（仅写入）权限',
    apis: ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
    words: ['相册'],
  },
  { key: 'Contact', label: '通讯录（仅写入）权限', apis: ['addPhoneContact'], words: ['通讯录'] },
  {
    key: 'Calendar',
    label: '日历（仅写入）权限',
    apis: ['addPhoneRepeatCalendar', 'addPhoneCalendar'],
    words: ['日历'],
  },
  { key: 'Clipboard', label: '剪切板', apis: ['setClipboardData', 'getClipboardData'], words: ['剪切板', '剪贴板'] },
  { key: 'Accelerometer', label: '加速传感器', apis: ['startAccelerometer'], words: ['加速'] },
  { key: 'Compass', label: '磁场传感器', apis: ['startCompass'], words: ['罗盘', '磁场'] },
  { key: 'DeviceMotion', label: '方向传感器', apis: ['startDeviceMotionListening'], words: ['方向'] },
  { key: 'Gyroscope', label: '陀螺仪传感器', apis: ['startGyroscope'], words: ['陀螺仪'] },
]
