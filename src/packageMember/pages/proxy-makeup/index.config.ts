export default definePageConfig({
  navigationBarTitleText: '代写补学心得',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
