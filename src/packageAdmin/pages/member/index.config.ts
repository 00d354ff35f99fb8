export default definePageConfig({
  navigationBarTitleText: '党员信息',
  enablePageMeta: true,
})
