export default definePageConfig({
  navigationBarTitleText: '代为记录',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
