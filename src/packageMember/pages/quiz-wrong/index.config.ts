export default definePageConfig({
  navigationBarTitleText: '错题本',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
