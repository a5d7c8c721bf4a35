import { defineMessages } from '../define';

// Feedback tagging in the page (tag button, popover) and the brand's own accounts in the dashboard settings.
export const feedbackMessages = defineMessages(
  {
    'feedback.tagButton': 'Tag',
    'feedback.tagButton.label': 'Tag this comment for the feedback report',
    'feedback.tagged': 'Tagged',
    'feedback.title': 'Tag feedback',
    'feedback.comment': 'Comment by {author}',
    'feedback.comment.unknown': 'Comment',
    'feedback.tag.praise': 'Praise',
    'feedback.tag.complaint': 'Complaint',
    'feedback.tag.question': 'Question',
    'feedback.tag.suggestion': 'Suggestion',
    'feedback.tag.crisis': 'Crisis',
    'feedback.note': 'Note (optional)',
    'feedback.save': 'Save',
    'feedback.cancel': 'Cancel',
    'settings.ownAccounts.title': 'The brand’s own accounts',
    'settings.ownAccounts.intro':
      'Handles of the brand on each site, separated by commas. When you open one of their posts, Onbrand stores a snapshot of the counts the page shows (at most once an hour per post).',
    'settings.ownAccounts.placeholder': '@brand, @brand_support',
  },
  {
    'feedback.tagButton': '标记',
    'feedback.tagButton.label': '为反馈报告标记这条评论',
    'feedback.tagged': '已标记',
    'feedback.title': '标记反馈',
    'feedback.comment': '{author} 的评论',
    'feedback.comment.unknown': '评论',
    'feedback.tag.praise': '表扬',
    'feedback.tag.complaint': '投诉',
    'feedback.tag.question': '提问',
    'feedback.tag.suggestion': '建议',
    'feedback.tag.crisis': '危机',
    'feedback.note': '备注（可选）',
    'feedback.save': '保存',
    'feedback.cancel': '取消',
    'settings.ownAccounts.title': '品牌自己的账号',
    'settings.ownAccounts.intro':
      '品牌在各平台的账号，用逗号分隔。打开这些账号的帖子时，Onbrand 会记录页面上显示的互动数据快照（每个帖子每小时最多一次）。',
    'settings.ownAccounts.placeholder': '@brand, @brand_support',
  },
);
