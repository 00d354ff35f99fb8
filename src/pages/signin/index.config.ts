export default definePageConfig({
  navigationBarTitleText: '签到',
  enablePageMeta: true,
})
