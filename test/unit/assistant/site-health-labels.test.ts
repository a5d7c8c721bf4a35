// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { unmatchedSelectors } from '@/lib/assistant/site-health';
import { douyinAdapter } from '@/lib/sites/douyin';
import { weiboAdapter } from '@/lib/sites/weibo';

// Weibo's publisher and Douyin's creator page publish with a control found by role and label: other buttons stay on
// the page when that one loses its label, so site health checks the label too and names the selector.
const page = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

describe('site health of role + label selectors', () => {
  it('Weibo: publisherSubmit is found only while a control reads 发送 or 发布', () => {
    const withSend = page('<button title="表情"><i></i></button><button><span>发送</span></button>');
    const iconOnly = page('<button title="表情"><i></i></button><button><i class="woo-font"></i></button>');
    expect(unmatchedSelectors(weiboAdapter, 'submit', withSend)).not.toContain('publisherSubmit');
    expect(unmatchedSelectors(weiboAdapter, 'submit', iconOnly)).toContain('publisherSubmit');
  });

  it('Douyin: creatorSubmitByRole is found only while a button reads 发布, in an open shadow root too', () => {
    const doc = page('<garfish-app></garfish-app>');
    const shadow = doc.querySelector('garfish-app')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button>暂存离开</button><button><span class="semi-icon"></span></button>';
    expect(unmatchedSelectors(douyinAdapter, 'submit', doc)).toContain('creatorSubmitByRole');
    shadow.lastElementChild!.textContent = '发布';
    expect(unmatchedSelectors(douyinAdapter, 'submit', doc)).not.toContain('creatorSubmitByRole');
  });
});
