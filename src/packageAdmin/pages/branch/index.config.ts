export default definePageConfig({
  navigationBarTitleText: '支部成员',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
