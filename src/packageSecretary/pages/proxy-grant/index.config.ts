export default definePageConfig({ navigationBarTitleText: '新增代记授权', enablePageMeta: true })
