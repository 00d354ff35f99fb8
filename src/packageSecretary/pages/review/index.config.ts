export default definePageConfig({
  navigationBarTitleText: '补学审核',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
