export default definePageConfig({
  navigationBarTitleText: '每题错答比例',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
