export default definePageConfig({
  navigationBarTitleText: '党建助手',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
