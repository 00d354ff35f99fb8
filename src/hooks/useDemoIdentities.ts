// H5 only (imported by PlatformLayer/index.h5.tsx): the demo identities of the local cloud.
import { useState } from 'react'
import type { DemoIdentityList, IdentitySwitcherProps } from '@/components/IdentitySwitcher'
import {
  adminHubUrl,
  currentOpenid,
  fetchIdentities,
  newStrangerOpenid,
  switchIdentity,
} from '@/services/demo-identity'

/** The switcher's state and what its taps do: fetch the people, become one, open the admin hub. */
export function useDemoIdentities(): IdentitySwitcherProps {
  const [open, setOpen] = useState(false)
  const [list, setList] = useState<DemoIdentityList>({ status: 'loading' })

  const show = () => {
    setOpen(true)
    setList({ status: 'loading' })
    fetchIdentities().then(
      (people) => setList({ status: 'ready', people }),
      (error: unknown) => setList({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
  }

  return {
    open,
    show,
    close: () => setOpen(false),
    list,
    me: open ? currentOpenid() : null,
    become: switchIdentity,
    becomeStranger: () => switchIdentity(newStrangerOpenid()),
    openAdminHub: () => void window.open(adminHubUrl(), '_blank'),
  }
}
