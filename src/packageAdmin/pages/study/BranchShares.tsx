import Taro from '@tarojs/taro'
import type { BranchStudyShare } from '@core/contract/study'
import { Text, View } from '@tarojs/components'

export interface BranchSharesProps {
  branches: BranchStudyShare[]
}

/**
 * Per branch, in the organisation's order (never sorted by share), the share of members with
 * a record: a bar to look at and the figure in words. Tapping a branch opens its 学习资料.
 */
export function BranchShares({ branches }: BranchSharesProps) {
  return (
    <View className="branch-shares">
      {branches.map((branch) => (
        <View
          key={branch.branchId}
          className="panel branch-share"
          onClick={() =>
            void Taro.navigateTo({
              url: `/packageSecretary/pages/study/index?branchId=${encodeURIComponent(branch.branchId)}`,
            })
          }
        >
          <View className="branch-share__head">
            <Text className="branch-share__name">{branch.branchName}</Text>
            <Text className="branch-share__value">
              {branch.sharePercent === null ? '暂无党员' : `${branch.sharePercent}% ›`}
            </Text>
          </View>
          <View className="branch-share__track">
            <View className="branch-share__bar" style={{ width: `${branch.sharePercent ?? 0}%` }} />
          </View>
        </View>
      ))}
    </View>
  )
}
