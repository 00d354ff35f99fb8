import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import './index.css'

export interface ServiceTile {
  /** A short name (up to five characters) that stays whole on one line in every theme. */
  name: string
  /** The icon's file (the subpackage's own, from scripts/service-icons.ts). */
  icon: string
  url: string
  /** What waits there (the same figure as 首页's 支部待办); a badge when above 0. */
  badge?: number
  /** Said in words beside the badge for a screen reader (`项待处理` unless given). */
  badgeWords?: string
}

export interface ServiceGroup {
  title: string
  tiles: ServiceTile[]
}

/** `99+` past 99, so that a badge never widens the tile. */
export const badgeText = (n: number): string => (n > 99 ? '99+' : String(n))

function Tile({ tile }: { tile: ServiceTile }) {
  const waiting = tile.badge ?? 0
  const label = waiting > 0 ? `${tile.name}，${waiting}${tile.badgeWords ?? '项待处理'}` : tile.name
  return (
    <View className="service-tile" aria-label={label} onClick={() => void Taro.navigateTo({ url: tile.url })}>
      <View className="service-tile__icon-box">
        <Image className="service-tile__icon" src={tile.icon} mode="aspectFit" nativeProps={{ alt: '' }} />
        {waiting > 0 ? <Text className="service-tile__badge">{badgeText(waiting)}</Text> : null}
      </View>
      <Text className="service-tile__name">{tile.name}</Text>
    </View>
  )
}

/**
 * The officers' services as a grid of tiles (支部管理, 机关党委), group by group: an icon, a short
 * name and what waits there as a badge. Four columns on a 390 px phone; the columns follow the
 * text size (three in 长辈版, two at its larger sizes) so that the names stay whole.
 */
export function ServiceGrid({ groups }: { groups: ServiceGroup[] }) {
  return (
    <View className="service-grid">
      {groups.map((group) => (
        <View key={group.title} className="service-grid__group">
          <Text className="service-grid__title">{group.title}</Text>
          <View className="service-grid__tiles">
            {group.tiles.map((tile) => (
              <Tile key={tile.url} tile={tile} />
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}
