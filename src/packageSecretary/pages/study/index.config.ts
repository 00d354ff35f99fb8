export default definePageConfig({
  navigationBarTitleText: '学习资料',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
