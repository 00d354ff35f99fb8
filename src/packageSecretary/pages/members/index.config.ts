export default definePageConfig({
  navigationBarTitleText: '成员',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
