export default definePageConfig({
  navigationBarTitleText: '机关党委',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
