/**
 * Labelled probe sentences written for the bench (the only text here that we wrote ourselves).
 * Advertising law: claims that art. 9(3) of the PRC Advertising Law forbids, next to ordinary uses of the
 * same words that SAMR's 2023 enforcement guide (《广告绝对化用语执法指南》) leaves alone: ordinals, names,
 * idioms, technical terms, verifiable composition facts, a brand's own history.
 */
export const AD_LAW_CLAIMS: string[] = [
  '本品销量第一，值得信赖', '我们是行业第一的服务商', '国货第一品牌', '全网最低价，手慢无', '全网最低，买贵退差', '这是您最好的选择',
  '100%有效，无效退款', '百分之百安全无副作用', '国家级产品，品质保证', '世界级工艺打造', '最佳护肤方案', '最先进的技术',
  '全球首发新品', '史无前例的优惠', '万能清洁剂，一瓶搞定', '首选品牌', '绝对正品，假一赔十', '极致体验', '顶级面料',
  '独一无二的设计', '唯一指定供应商', '销量冠军单品', '遥遥领先同行', '最便宜的渠道', '最强性能手机', '永久保值',
  '零风险投资', '领导品牌，值得拥有', '最高端的配置', '同类产品排名第一', '史上最低折扣', '王牌产品', '无敌好用', '巅峰之作',
  '最优的价格', '无与伦比的口感', '举世无双的品质', '绝无仅有的机会', '至尊享受', '终极护肤方案',
];

export const AD_LAW_ORDINARY: string[] = [
  // Ordinals and "第N…".
  '第一次来上海', '第一个来的人有礼品', '第一学期的课程', '第一季度营收增长', '全场第一件半价', '第一天上班', '第一步：注册账号',
  '请在第一时间联系我们', '第一章 总则', '第一批用户', '第一条 为了规范广告活动', '第一百次尝试', '第一轮面试', '第一阶段已完成',
  '第一印象很重要', '他是第一作者', '第一代产品已停产', '第一期工程', '排在第一位的是安全', '第一眼就喜欢上了',
  // Names.
  '上海市第一人民医院', '北京市第一中学', '第一财经报道', '第一汽车集团', '中山大学附属第一医院',
  // Idioms: 最好 = "had better".
  '最好不要熬夜', '你最好提前预约', '最好先咨询医生', '出门最好带伞', '我们最好还是等等', '她是我最好的朋友',
  // Technical terms.
  '请使用绝对路径', '打开首选项设置', '永久磁铁吸力强', '万能胶水粘得牢', '绝对值不能为负', '主键必须唯一标识一行',
  '顶级域名 .com', '首选DNS服务器', '万能表测电压', '取其绝对值', '永久居留许可', '最优解的求法',
  // Composition facts and awards.
  '100%纯棉T恤', '面料：100%羊毛', '100%果汁无添加', '国家级自然保护区', '他获得最佳男主角', '国家级非物质文化遗产',
  // Ordinary prose.
  '我们绝对不会泄露您的信息', '历史最低价出现在2019年', '这是唯一的办法', '他处于职业巅峰期', '最好的时光',
];

/** The Chinese internet's evasions named in issue 13, each in a sentence. */
export const ZH_EVASIONS: Array<{ text: string; want: string }> = [
  { text: '你个傻比', want: '傻比' }, { text: '真是煞笔', want: '煞笔' }, { text: 'cnm 别来了', want: 'cnm' }, { text: 'tmd 又涨价', want: 'tmd' },
  { text: '我艹这也行', want: '我艹' }, { text: '草你妈的', want: '草你妈' }, { text: '特么的怎么回事', want: '特么的' }, { text: '你是shabi吗', want: 'shabi' },
  { text: '卧槽太贵了', want: '卧槽' }, { text: '装逼失败', want: '装逼' }, { text: 'nmsl', want: 'nmsl' }, { text: '妈卖批哦', want: '妈卖批' },
];

/** Everyday Chinese that issue 13 saw blocked or warned: none may be flagged by the profanity packs. */
export const ZH_EVERYDAY: string[] = [
  '每天做操', '实操课程', '倒逼改革', '逼他请客', '直逼历史高位', '他靠着窗户', '去死皮磨砂膏', '尼玛县', '我爸爸妈妈的意见',
  '问了他妈，的确如此', '这是我妈。的确很好', '请先操作一下，逼近目标', '曹操', '产品很可靠', '体操比赛',
];

/** English names that contain a listed word. */
export const EN_NAMES: string[] = ['Moby Dick', "Dick's Sporting Goods", 'Charles Dickens', 'Scunthorpe United', 'a cocktail party', 'first class', 'the assessment', 'Essex', 'Penistone'];
