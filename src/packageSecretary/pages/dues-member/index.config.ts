export default definePageConfig({
  navigationBarTitleText: '党员党费',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
