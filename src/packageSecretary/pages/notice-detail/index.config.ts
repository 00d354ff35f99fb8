export default definePageConfig({
  navigationBarTitleText: '通知阅读情况',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
