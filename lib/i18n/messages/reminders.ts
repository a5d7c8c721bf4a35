import { defineMessages } from '../define';

// Community reminders (issue 21): the worker's notifications (welcome, birthday, holiday), the in-page
// suggestion next to the reply box, and their settings in the Members tab.
export const reminderMessages = defineMessages(
  {
    'reminders.welcome.title': 'New member on {platform}',
    'reminders.welcome.body': '{handle} commented on your post for the first time. Say welcome?',
    'reminders.welcome.batchTitle':
      '{count, plural, one {# new member to welcome} other {# new members to welcome}}',
    'reminders.welcome.batchBody': 'First-time commenters: {handles}',
    'reminders.birthday.title': 'Birthday: {handle}',
    'reminders.birthday.body': 'Today is {handle}’s birthday ({platform}). Send your wishes?',
    'reminders.birthday.batchTitle':
      '{count, plural, one {# member has a birthday today} other {# members have a birthday today}}',
    'reminders.birthday.batchBody': '{handles}',
    'reminders.holiday.title': '{holiday}',
    'reminders.holiday.today': '{holiday} is today. Greet your community?',
    'reminders.holiday.soon':
      '{holiday}: {days, plural, one {tomorrow} other {in # days}} ({date}). Prepare a greeting?',
    'reminders.open': 'Open',
    'reminders.suggested.welcome': 'Suggested: Welcome',
    'reminders.suggested.birthday': 'Suggested: Birthday wishes',
    'reminders.suggested.holiday': 'Suggested: {holiday} greeting',
    'reminders.suggested.label': 'Open the reply templates with the suggested one first',
    'reminders.settings.title': 'Reminders',
    'reminders.settings.intro':
      'Notifications that open the right page with a suggested template. Checked each morning at the hour below (this computer’s time zone).',
    'reminders.settings.welcome': 'Welcome first-time commenters',
    'reminders.settings.birthday': 'Birthdays (members with a birthday in the book)',
    'reminders.settings.holidays': 'Holidays',
    'reminders.settings.daysBefore': 'Days before a holiday',
    'reminders.settings.hour': 'Morning check at (hour)',
    'reminders.settings.saved': 'Reminder settings saved.',
  },
  {
    'reminders.welcome.title': '{platform} 新成员',
    'reminders.welcome.body': '{handle} 第一次在你的帖子下评论。去欢迎一下？',
    'reminders.welcome.batchTitle': '{count, plural, other {# 位新成员待欢迎}}',
    'reminders.welcome.batchBody': '首次评论：{handles}',
    'reminders.birthday.title': '生日：{handle}',
    'reminders.birthday.body': '今天是 {handle} 的生日（{platform}）。送上祝福？',
    'reminders.birthday.batchTitle': '{count, plural, other {今天有 # 位成员过生日}}',
    'reminders.birthday.batchBody': '{handles}',
    'reminders.holiday.title': '{holiday}',
    'reminders.holiday.today': '今天是{holiday}。给社区送上祝福？',
    'reminders.holiday.soon': '{holiday}：{days, plural, other {还有 # 天}}（{date}）。准备一条祝福？',
    'reminders.open': '打开',
    'reminders.suggested.welcome': '推荐：欢迎语',
    'reminders.suggested.birthday': '推荐：生日祝福',
    'reminders.suggested.holiday': '推荐：{holiday}祝福',
    'reminders.suggested.label': '打开回复模板，推荐的模板排在最前',
    'reminders.settings.title': '提醒',
    'reminders.settings.intro': '通知会打开相应页面并推荐模板。每天早上按下面的时间检查（本机时区）。',
    'reminders.settings.welcome': '欢迎首次评论的成员',
    'reminders.settings.birthday': '生日（成员资料中填写了生日的）',
    'reminders.settings.holidays': '节日',
    'reminders.settings.daysBefore': '节日提前天数',
    'reminders.settings.hour': '早上检查时间（点）',
    'reminders.settings.saved': '提醒设置已保存。',
  },
);
