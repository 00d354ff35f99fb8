export default definePageConfig({
  navigationBarTitleText: '代记学习',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
