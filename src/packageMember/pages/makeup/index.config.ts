export default definePageConfig({
  navigationBarTitleText: '补学',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
