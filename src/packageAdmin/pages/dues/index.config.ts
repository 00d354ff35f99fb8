export default definePageConfig({
  navigationBarTitleText: '党费收缴情况',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
