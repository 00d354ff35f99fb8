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

/**
 * A tile as a grid's list writes it: name, icon, the page (a page name in the grid's subpackage,
 * or a whole url from `/`), and where something waits, its count and its words.
 */
export type TileSpec = readonly [name: string, icon: string, page: string, badge?: number, badgeWords?: string]

/** One subpackage's grid from `{ group title: tiles }`, the groups in the order written. */
export function serviceGroups(pkg: 'packageAdmin' | 'packageSecretary', groups: Record<string, TileSpec[]>) {
  return Object.entries(groups).map(([title, tiles]): ServiceGroup => ({
    title,
    tiles: tiles.map(([name, icon, page, badge, badgeWords]) => ({
      name,
      icon,
      url: page.startsWith('/') ? page : `/${pkg}/pages/${page}/index`,
      ...(badge === undefined ? {} : { badge }),
      ...(badgeWords === undefined ? {} : { badgeWords }),
    })),
  }))
}

/**
 * 党员发展 due this month, as 支部管理 and 机关党委 both put it: `党员发展本月要办3项，其中1项已过期`,
 * red when something due is past, amber when all is still this month's.
 */
export function developDue(due: number, overdue: number): { words: string; chip: string } {
  return {
    words: `党员发展本月要办${due}项${overdue > 0 ? `，其中${overdue}项已过期` : ''}`,
    chip: overdue > 0 ? 'status-chip status-chip--danger' : 'status-chip status-chip--warning',
  }
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
