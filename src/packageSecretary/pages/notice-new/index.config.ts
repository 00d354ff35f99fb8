export default definePageConfig({ navigationBarTitleText: '写通知', enablePageMeta: true })
