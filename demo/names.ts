/** Deterministic, realistic Chinese names for the demo bureau. */
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'
const GIVEN = [
  '建华',
  '志强',
  '秀英',
  '丽娟',
  '海燕',
  '国平',
  '晓东',
  '春梅',
  '立新',
  '红霞',
  '文斌',
  '玉兰',
  '德明',
  '桂芳',
  '永刚',
  '静',
  '磊',
  '敏',
  '军',
  '洁',
  '伟',
  '芳',
  '勇',
  '艳',
  '涛',
  '明',
  '超',
  '娜',
  '鹏',
  '婷',
  '卫东',
  '淑珍',
  '振华',
  '雪梅',
  '光辉',
  '慧敏',
  '俊杰',
  '晓燕',
  '宏伟',
  '凤英',
  '建国',
  '秀兰',
  '子涵',
  '思远',
  '雨萱',
]

/** mulberry32: a small seeded PRNG so that every seed is the same bureau. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function nameMaker(random: () => number): () => string {
  const used = new Set<string>()
  return () => {
    for (;;) {
      const name = SURNAMES[Math.floor(random() * SURNAMES.length)] + GIVEN[Math.floor(random() * GIVEN.length)]
      if (!used.has(name)) {
        used.add(name)
        return name
      }
    }
  }
}
