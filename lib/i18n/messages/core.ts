import { PLATFORMS, type PlatformId } from '@/lib/platforms';
import { defineMessages } from '../define';

function platformNames(locale: 'en' | 'zh') {
  return Object.fromEntries(
    PLATFORMS.map((platform) => [`platform.${platform.id}`, platform.names[locale]]),
  ) as Record<`platform.${PlatformId}`, string>;
}

// Strings shared by the popup, the dashboard shell and the overlay badge.
export const coreMessages = defineMessages(
  {
    'app.name': 'Onbrand',
    'app.tagline': 'Your brand voice, in every post and reply',
    'lang.label': 'Language',
    'lang.auto': 'Follow the browser',
    'lang.en': 'English',
    'lang.zh': '简体中文',

    'popup.today': 'Today',
    'popup.noSlots': 'Nothing planned for today.',
    'popup.planPost': 'Plan a post',
    'popup.openDashboard': 'Open dashboard',
    'popup.site': 'This site',
    'popup.siteSupported': 'Onbrand is checking drafts on {host}.',
    'popup.siteUnsupported': '{host} is not a supported site.',
    'popup.siteNone': 'Open a social site to check drafts there.',
    'popup.pauseSite': 'Pause on this site',
    'popup.enableSite': 'Check drafts on this site',
    'popup.enableSiteHint': 'Onbrand asks for access to this one site only when you switch it on.',
    'popup.counts':
      'Today: {posts, plural, one {# post} other {# posts}}, {replies, plural, one {# reply} other {# replies}}, {findings, plural, one {# finding} other {# findings}} caught',
    'popup.sitePaused': 'Onbrand is paused on {host}.',
    'popup.siteEnabledExtra': 'Onbrand checks drafts on {host} (switched on by you).',
    'popup.disableSite': 'Stop checking this site',
    'popup.siteChanged':
      'This site’s layout changed: Onbrand still checks any box you type in, but some site-specific features may be missing.',
    'popup.siteChanged.box':
      'Compose boxes: none of the boxes Onbrand knows is on this page. It still checks what you type and looks for the Post button by its label; if it finds none, the badge says posts are not recorded.',
    'popup.siteChanged.submit':
      'Post button: not found for a box here, so posts from that box are not gated or recorded.',
    'popup.siteChanged.confirm':
      'Published posts: the new post did not show on the page; posts are recorded when the box empties.',
    'popup.siteChanged.thread':
      'Replies: the comment being answered could not be read, so replies are recorded without who was answered.',
    'popup.siteChanged.engagement':
      'Post counts: the likes and replies of this post were not found, so no engagement is logged.',
    'popup.siteChanged.selectors': 'Selectors that found nothing: {names}',
    'popup.enableDenied': 'Access was not granted, so nothing changed.',

    'dash.title': 'Onbrand dashboard',
    'dash.loading': 'Loading…',
    'dash.tab.kit': 'Brand kit',
    'dash.tab.templates': 'Templates',
    'dash.tab.calendar': 'Calendar',
    'dash.tab.reports': 'Reports',
    'dash.tab.settings': 'Settings',
    'dash.kit.intro':
      'The brand kit holds your banned and preferred terms, tone targets, privacy detectors and platform rules.',
    'dash.kit.active': 'Active kit: {name}',
    'dash.kit.terms':
      '{count, plural, one {# banned term} other {# banned terms}}, {preferred, plural, one {# preferred term} other {# preferred terms}}',
    'dash.templates.intro': 'Reply templates you can insert at the caret of any reply box.',
    'dash.templates.count': '{count, plural, one {# template} other {# templates}}',
    'dash.calendar.intro': 'Your content plan: themes, slots and posting rhythm per platform.',
    'dash.calendar.count': '{count, plural, one {# planned slot} other {# planned slots}}',
    'dash.reports.intro':
      'Everything Onbrand recorded in this browser: posts, replies, findings and engagement.',
    'dash.reports.total': '{count, plural, one {# record} other {# records}} stored in this browser',
    'dash.settings.intro': 'Preferences for this browser.',
    'dash.settings.saved': 'Saved',
    'dash.settings.myName': 'Your name (used in templates)',
    'dash.settings.privacy': 'Nothing you write leaves this browser: Onbrand makes no network requests.',

    'overlay.clean': 'On brand',
    'overlay.findings': '{count, plural, one {# finding} other {# findings}}',
    'overlay.badgeLabel': 'Onbrand check results',

    'common.save': 'Save',
    'common.cancel': 'Cancel',
    'common.close': 'Close',
    'common.error': 'Something went wrong: {message}',
    // Platform names, shared by every feature, from each platform's metadata (lib/platforms/).
    ...platformNames('en'),
  },
  {
    'app.name': 'Onbrand 品牌助手',
    'app.tagline': '让每条帖子和回复都保持品牌调性',
    'lang.label': '语言',
    'lang.auto': '跟随浏览器',
    'lang.en': 'English',
    'lang.zh': '简体中文',

    'popup.today': '今天',
    'popup.noSlots': '今天没有排期。',
    'popup.planPost': '安排一条内容',
    'popup.openDashboard': '打开控制台',
    'popup.site': '当前网站',
    'popup.siteSupported': 'Onbrand 正在检查 {host} 上的草稿。',
    'popup.siteUnsupported': '{host} 不在支持的网站列表中。',
    'popup.siteNone': '打开一个社交网站即可在那里检查草稿。',
    'popup.pauseSite': '在此网站暂停',
    'popup.enableSite': '在此网站检查草稿',
    'popup.enableSiteHint': '只有在你开启时，Onbrand 才会请求访问这一个网站。',
    'popup.counts': '今天：发布 {posts} 条，回复 {replies} 条，拦截问题 {findings} 个',
    'popup.sitePaused': 'Onbrand 已在 {host} 暂停。',
    'popup.siteEnabledExtra': 'Onbrand 正在检查 {host} 上的草稿（由你开启）。',
    'popup.disableSite': '停止检查此网站',
    'popup.siteChanged':
      '此网站的页面结构有变化：Onbrand 仍会检查你输入的任何文本框，但部分网站专属功能可能不可用。',
    'popup.siteChanged.box':
      '输入框：此页面上没有 Onbrand 认识的输入框。它仍会检查你输入的内容，并按按钮文字寻找发布按钮；若找不到，徽标会提示发布不会被记录。',
    'popup.siteChanged.submit':
      '发布按钮：此页面上有输入框找不到发布按钮，因此从该输入框发布的内容不会被拦截或记录。',
    'popup.siteChanged.confirm': '已发布内容：新内容没有出现在页面上；输入框清空时才记录发布。',
    'popup.siteChanged.thread': '回复：无法读取被回复的评论，因此记录回复时没有被回复者。',
    'popup.siteChanged.engagement': '互动数据：找不到此帖子的点赞和评论数，因此不记录互动数据。',
    'popup.siteChanged.selectors': '找不到元素的选择器：{names}',
    'popup.enableDenied': '未获得访问权限，因此没有任何更改。',

    'dash.title': 'Onbrand 控制台',
    'dash.loading': '正在加载…',
    'dash.tab.kit': '品牌规范',
    'dash.tab.templates': '回复模板',
    'dash.tab.calendar': '内容日历',
    'dash.tab.reports': '数据报告',
    'dash.tab.settings': '设置',
    'dash.kit.intro': '品牌规范包含禁用词、推荐用语、语气目标、隐私检测和各平台规则。',
    'dash.kit.active': '当前规范：{name}',
    'dash.kit.terms': '禁用词 {count} 个，推荐用语 {preferred} 个',
    'dash.templates.intro': '可在任意回复框光标处插入的回复模板。',
    'dash.templates.count': '共 {count} 个模板',
    'dash.calendar.intro': '你的内容计划：主题、排期和各平台的发布节奏。',
    'dash.calendar.count': '共 {count} 个排期',
    'dash.reports.intro': 'Onbrand 在此浏览器中记录的一切：帖子、回复、问题和互动数据。',
    'dash.reports.total': '此浏览器中存有 {count} 条记录',
    'dash.settings.intro': '此浏览器的偏好设置。',
    'dash.settings.saved': '已保存',
    'dash.settings.myName': '你的名字（用于模板）',
    'dash.settings.privacy': '你写的任何内容都不会离开此浏览器：Onbrand 不发出任何网络请求。',

    'overlay.clean': '符合品牌规范',
    'overlay.findings': '{count} 个问题',
    'overlay.badgeLabel': 'Onbrand 检查结果',

    'common.save': '保存',
    'common.cancel': '取消',
    'common.close': '关闭',
    'common.error': '出错了：{message}',
    ...platformNames('zh'),
  },
);
