import { defineMessages } from '../define';

// Team mode (lib/team): connecting to a team server, its problems, and review before publishing.
export const teamMessages = defineMessages(
  {
    'team.problem.wrongUrl':
      'That address is not an Onbrand team server. Check the URL your admin gave you (it starts with https://).',
    'team.problem.down':
      'The team server cannot be reached right now. Your work stays on this computer and syncs when it is back.',
    'team.problem.expired': 'This invitation has expired. Ask your team admin for a new one.',
    'team.problem.revoked':
      'This invitation was revoked by your team admin. Ask them for a new one if you should still have access.',
    'team.problem.invalid':
      'This invitation is not valid for this server. Paste it again exactly as you received it.',
    'team.problem.permissionRefused':
      'Onbrand needs permission to talk to your team server (and only to it). Connect again and allow it.',
    'team.problem.refused': 'The team server refused this change: {reason}',
    'team.problem.forbidden': 'Your role in the team does not allow this.',
    'team.review.request': 'Request review',
    'team.review.pending': 'Waiting for review',
    'team.review.approved': 'Approved',
    'team.review.changesRequested': 'Changes requested',
    'team.review.held': 'This box needs a reviewer’s approval of this exact text before publishing.',
  },
  {
    'team.problem.wrongUrl': '这个地址不是 Onbrand 团队服务器。请检查管理员给你的网址（以 https:// 开头）。',
    'team.problem.down': '暂时无法连接团队服务器。你的工作保存在这台电脑上，服务器恢复后会自动同步。',
    'team.problem.expired': '此邀请已过期。请向团队管理员索取新的邀请。',
    'team.problem.revoked': '此邀请已被团队管理员撤销。如果你仍应有访问权限，请向管理员索取新的邀请。',
    'team.problem.invalid': '此邀请对这台服务器无效。请按收到时的原样重新粘贴。',
    'team.problem.permissionRefused':
      'Onbrand 需要获得访问你的团队服务器（且仅限该服务器）的权限。请重新连接并允许。',
    'team.problem.refused': '团队服务器拒绝了这项更改：{reason}',
    'team.problem.forbidden': '你在团队中的角色不允许此操作。',
    'team.review.request': '申请审核',
    'team.review.pending': '等待审核',
    'team.review.approved': '已批准',
    'team.review.changesRequested': '需要修改',
    'team.review.held': '此输入框的这段文字须经审核人批准后才能发布。',
  },
);
