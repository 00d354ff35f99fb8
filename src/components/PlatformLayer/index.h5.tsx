// H5 only: the demo identity switcher for the local cloud. Never part of the weapp build.
import { useDemoIdentities } from '@/hooks/useDemoIdentities'
import { IdentitySwitcher } from '../IdentitySwitcher'

export function PlatformLayer() {
  return <IdentitySwitcher {...useDemoIdentities()} />
}
