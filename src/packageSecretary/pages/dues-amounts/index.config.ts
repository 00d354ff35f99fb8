export default definePageConfig({
  navigationBarTitleText: '党费金额',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
