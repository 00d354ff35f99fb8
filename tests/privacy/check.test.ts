/** The privacy build check's rules, on small built files (the real dist/ is checked by npm run check:privacy). */
import { GUIDE } from '../../src/packageMember/pages/privacy/guide'
import { consentProblems, findApiUses, missingRequired, undeclared } from '../../scripts/privacy/check'
import { PRIVACY_CATEGORIES } from '../../scripts/privacy/apis'

const file = (path: string, text: string) => ({ path, text })
const guideText = GUIDE.flatMap((s) => [s.title, ...s.paragraphs]).join('\n')

describe('finding privacy-scoped calls in built code', () => {
  it('finds calls as bundlers leave them, and not the names Taro lists to wrap', () => {
    const uses = findApiUses([
      file(
        'common.js',
        'e=await o().getLocation({type:"gcj02"});(0,r.chooseMedia)({count:1});n["setClipboardData"]({data:t})',
      ),
      file('taro.js', 'var apis=["getLocation","chooseImage","saveImageToPhotosAlbum"];'),
      file('sub/page.js', 'i.default.chooseMessageFile({count:1})'),
    ])
    expect(uses.map((u) => [u.api, u.category.key, u.files])).toEqual([
      ['chooseMedia', 'Album', ['common.js']],
      ['chooseMessageFile', 'MessageFile', ['sub/page.js']],
      ['getLocation', 'Location', ['common.js']],
      ['setClipboardData', 'Clipboard', ['common.js']],
    ])
  })

  it('lists every API once, in WeChat’s categories', () => {
    const apis = PRIVACY_CATEGORIES.flatMap((c) => c.apis)
    expect(new Set(apis).size).toBe(apis.length)
    expect(apis).toEqual(expect.arrayContaining(['getLocation', 'chooseLocation', 'chooseMedia', 'chooseImage']))
    expect(apis).toEqual(expect.arrayContaining(['chooseMessageFile', 'setClipboardData', 'getClipboardData']))
    expect(apis).toEqual(expect.arrayContaining(['saveImageToPhotosAlbum', 'chooseAddress', 'getFuzzyLocation']))
  })
})

describe('declared where WeChat asks', () => {
  const uses = findApiUses([
    file(
      'a.js',
      'x.getLocation({});x.chooseLocation({});x.chooseMedia({});x.chooseMessageFile({});x.setClipboardData({})',
    ),
  ])

  it('the guide the app ships names every category the app uses', () => {
    expect(undeclared(uses, guideText)).toEqual([])
    expect(undeclared(uses, '我们使用位置信息。').map((u) => u.api)).toEqual([
      'chooseLocation',
      'chooseMedia',
      'chooseMessageFile',
      'setClipboardData',
    ])
  })

  it('location calls must be in requiredPrivateInfos', () => {
    expect(missingRequired(uses, ['getLocation', 'chooseLocation'])).toEqual([])
    expect(missingRequired(uses, ['getLocation'])).toEqual(['chooseLocation'])
  })
})

describe('consent before the first call', () => {
  const good = { privacyCheck: true, listensAtLaunch: true, agreeButton: true, pagesWithoutShell: [] }

  it('passes when the listener runs at launch and every page hosts the popup', () => {
    expect(consentProblems(good)).toEqual([])
  })

  it('names each missing piece in words', () => {
    expect(
      consentProblems({
        privacyCheck: false,
        listensAtLaunch: false,
        agreeButton: false,
        pagesWithoutShell: ['pages/x/index'],
      }),
    ).toHaveLength(4)
  })
})
