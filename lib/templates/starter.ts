/**
 * The starter set: everyday replies and community greetings (welcome, birthday, holiday), each in English and Simplified Chinese. Ids are stable so an
 * imported copy of a starter template replaces it instead of duplicating it.
 */
import { DEFAULT_TRIGGER, TEMPLATES_VERSION } from './constants';
import type { Template, TemplateLibrary } from './schema';

type StarterEntry = Omit<Template, 'createdAt' | 'updatedAt'>;

const STARTER: StarterEntry[] = [
  {
    id: 'starter-thanks-en',
    language: 'en',
    shortcut: 'thx',
    name: 'Thanks',
    tags: ['thanks'],
    platforms: [],
    body: 'Thanks so much, {author}! We really appreciate you taking the time to share this with {brand}. {|}',
  },
  {
    id: 'starter-thanks-zh',
    language: 'zh',
    shortcut: 'gx',
    name: '感谢',
    tags: ['感谢'],
    platforms: [],
    body: '{author}，非常感谢你的支持和反馈！{brand}会继续努力。{|}',
  },
  {
    id: 'starter-apology-en',
    language: 'en',
    shortcut: 'sorry',
    name: 'Apology and follow-up',
    tags: ['apology', 'support'],
    platforms: [],
    body: "Hi {author}, we're sorry about this and we understand how frustrating it is. {|}We'll look into it and follow up with you by {date+3}.",
  },
  {
    id: 'starter-apology-zh',
    language: 'zh',
    shortcut: 'dq',
    name: '致歉与跟进',
    tags: ['致歉', '客服'],
    platforms: [],
    body: '{author}您好，非常抱歉给您带来不便，我们理解您的心情。{|}我们会尽快核实，并在{date+3}前给您回复。',
  },
  {
    id: 'starter-dm-en',
    language: 'en',
    shortcut: 'dm',
    name: 'Move to DM',
    tags: ['support', 'dm'],
    platforms: [],
    body: "Hi {author}, we'd love to help with this. Could you send us a direct message with the details? {|}",
    variants: {
      x: "Hi {author}, we'd love to help. Please send us a DM with the details and we'll take it from there. {|}",
      linkedin:
        "Hi {author}, thank you for reaching out. Please send us a message on LinkedIn with the details and we'll follow up. {|}",
    },
  },
  {
    id: 'starter-dm-zh',
    language: 'zh',
    shortcut: 'sx',
    name: '转私信',
    tags: ['客服', '私信'],
    platforms: [],
    body: '{author}您好，方便的话请私信我们具体情况，我们会第一时间为您处理。{|}',
    variants: {
      weibo: '{author}您好，麻烦私信小编具体情况，我们会第一时间为您处理～{|}',
      xiaohongshu: '{author}宝子你好，方便的话私信我们具体情况，马上帮你处理～{|}',
    },
  },
  {
    id: 'starter-shipping-en',
    language: 'en',
    shortcut: 'ship',
    name: 'Shipping question',
    tags: ['shipping', 'support'],
    platforms: [],
    body: 'Hi {author}, thanks for your patience! Your order {?order number} is on its way and should arrive by {date+3}. {|}',
  },
  {
    id: 'starter-shipping-zh',
    language: 'zh',
    shortcut: 'wl',
    name: '物流咨询',
    tags: ['物流', '客服'],
    platforms: [],
    body: '{author}您好，感谢耐心等待！您的订单{?订单号}已发出，预计{date+3}前送达。{|}',
  },
  {
    id: 'starter-escalation-en',
    language: 'en',
    shortcut: 'escalate',
    name: 'Complaint escalation',
    tags: ['complaint', 'support'],
    platforms: [],
    body: "Hi {author}, thank you for telling us. I've passed this to our senior support team, who will contact you by {date+1}. Your reference is {?case number}. {|}— {my_name}, {brand}",
  },
  {
    id: 'starter-escalation-zh',
    language: 'zh',
    shortcut: 'sj',
    name: '投诉升级',
    tags: ['投诉', '客服'],
    platforms: [],
    body: '{author}您好，感谢您的反馈。我已将此事转交专属客服团队，他们会在{date+1}前与您联系，处理编号为{?工单号}。{|}——{brand} {my_name}',
  },
  {
    id: 'starter-welcome-en',
    language: 'en',
    shortcut: 'welcome',
    name: 'Welcome new member',
    tags: ['community', 'welcome'],
    platforms: [],
    body: "Welcome to the {brand} community, {author}! We're glad you're here. {|}",
  },
  {
    id: 'starter-welcome-zh',
    language: 'zh',
    shortcut: 'hy',
    name: '欢迎新成员',
    tags: ['社区', '欢迎'],
    platforms: [],
    body: '欢迎{author}加入{brand}大家庭！很高兴认识你，有任何问题随时找我们。{|}',
  },
  {
    id: 'starter-birthday-en',
    language: 'en',
    shortcut: 'bday',
    name: 'Birthday greeting',
    tags: ['community', 'birthday'],
    platforms: [],
    body: 'Happy birthday, {author}! Wishing you a wonderful year ahead from all of us at {brand}. {|}',
  },
  {
    id: 'starter-birthday-zh',
    language: 'zh',
    shortcut: 'sr',
    name: '生日祝福',
    tags: ['社区', '生日'],
    platforms: [],
    body: '{author}，生日快乐！{brand}全体祝你新的一岁开心顺利。{|}',
  },
  {
    id: 'starter-holiday-en',
    language: 'en',
    shortcut: 'holiday',
    name: 'Holiday greeting',
    tags: ['community', 'holiday'],
    platforms: [],
    body: 'Happy {?holiday}, everyone! Thank you for being part of the {brand} community. {|}',
  },
  {
    id: 'starter-holiday-zh',
    language: 'zh',
    shortcut: 'jr',
    name: '节日祝福',
    tags: ['社区', '节日'],
    platforms: [],
    body: '{?节日}快乐！感谢大家一直以来对{brand}的陪伴。{|}',
  },
];

export function starterTemplates(now = Date.now()): Template[] {
  return STARTER.map((entry) => ({ ...structuredClone(entry), createdAt: now, updatedAt: now }));
}

export function starterLibrary(now = Date.now()): TemplateLibrary {
  return {
    version: TEMPLATES_VERSION,
    templates: starterTemplates(now),
    trigger: DEFAULT_TRIGGER,
    usage: {},
  };
}
