export default definePageConfig({
  navigationBarTitleText: '党费',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
