export default definePageConfig({
  navigationBarTitleText: '党员出勤记录',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
