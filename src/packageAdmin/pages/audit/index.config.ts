export default definePageConfig({
  navigationBarTitleText: '审计日志',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
