import { fireEvent, render, screen } from '@testing-library/react'
import BindPage from '@/pages/bind/index'
import { recorded } from '../setup/taro'
import { cloudWithActions, memberSession, type ActionAnswer } from '../helpers/fake-cloud'
import { freshLaunch, nativeField, typeInto } from '../helpers/app'

beforeEach(freshLaunch)

async function fillIn(name: string, code: string) {
  await typeInto('与党员名册上的姓名一致', name)
  await typeInto('支部书记给您的6位数字', code)
}

function cloudAnswering(answer: (input: unknown) => ActionAnswer) {
  return cloudWithActions({ 'member/binding.bind': answer })
}

describe('绑定', () => {
  it('binds with name and code, then goes to 首页', async () => {
    const cloud = cloudAnswering(() => ({ data: memberSession('王秀英') }))
    render(<BindPage />)

    await fillIn(' 王秀英 ', '012345')
    fireEvent.click(screen.getByText('绑定'))

    await screen.findByText('正在绑定…')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(cloud.calls.map((c) => c.input)).toEqual([{ name: '王秀英', code: '012345' }])
    expect(recorded.navigations).toEqual([{ kind: 'switchTab', url: '/pages/home/index' }])
  })

  it('shows each field’s problem under the field, in words', async () => {
    cloudAnswering(() => ({
      error: { code: 'REQUEST.INVALID', message: '绑定码是6位数字', fields: { code: '绑定码是6位数字' } },
    }))
    render(<BindPage />)

    await fillIn('王秀英', '123')
    fireEvent.click(screen.getByText('绑定'))

    expect(await screen.findByText('✗ 绑定码是6位数字')).toBeTruthy()
    expect(screen.getByText('✗ 请按下面的提示修改后再绑定')).toBeTruthy()
    expect(recorded.navigations).toEqual([])
  })

  it('says what the server says about a wrong code, and lets the person try again', async () => {
    let tries = 0
    cloudAnswering(() => {
      tries += 1
      return tries === 1
        ? { error: { code: 'BINDING.NO_MATCH', message: '姓名或绑定码不对，还可以再试4次' } }
        : { data: memberSession('王秀英') }
    })
    render(<BindPage />)

    await fillIn('王秀英', '111111')
    fireEvent.click(screen.getByText('绑定'))
    expect(await screen.findByText('✗ 姓名或绑定码不对，还可以再试4次')).toBeTruthy()

    await fillIn('王秀英', '222222')
    fireEvent.click(screen.getByText('绑定'))
    await screen.findByText('正在绑定…')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(recorded.navigations).toEqual([{ kind: 'switchTab', url: '/pages/home/index' }])
  })

  it('keeps at most six digits in the code field', async () => {
    cloudAnswering(() => ({ data: memberSession() }))
    render(<BindPage />)

    await typeInto('支部书记给您的6位数字', '1234567')

    const field = await nativeField('支部书记给您的6位数字')
    expect(field.closest('taro-input-core')?.getAttribute('value')).toBe('123456')
  })

  it('offers 首页 to someone already bound', async () => {
    cloudAnswering(() => ({ error: { code: 'BINDING.ALREADY_BOUND', message: '这个微信已经绑定过党员身份了' } }))
    render(<BindPage />)

    await fillIn('王秀英', '123456')
    fireEvent.click(screen.getByText('绑定'))
    fireEvent.click(await screen.findByText('去首页'))

    expect(recorded.navigations).toEqual([{ kind: 'switchTab', url: '/pages/home/index' }])
  })
})
