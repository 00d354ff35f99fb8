export default definePageConfig({
  navigationBarTitleText: '出勤总览',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
