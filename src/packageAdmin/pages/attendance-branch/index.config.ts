export default definePageConfig({
  navigationBarTitleText: '支部出勤情况',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
