export default definePageConfig({
  navigationBarTitleText: '制度落实情况',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
