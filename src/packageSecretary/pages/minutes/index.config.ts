export default definePageConfig({
  navigationBarTitleText: '会议记录',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
