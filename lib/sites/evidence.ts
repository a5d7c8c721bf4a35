import { DAY_MS } from '../durations';

// Where each adapter selector was last seen on the live site. Nobody here reaches the live sites, so a selector's
// evidence is public code written by others that drives the live page (extensions, userscripts, uploaders), with the
// date of that code. The researched table is /work/shared/guide/site-evidence.md; `npm run sites:evidence` lists
// selectors with no evidence or evidence older than 180 days.

export interface EvidenceSource {
  /** What it is: repository@commit (path), or a public-code-search file id. */
  ref: string;
  /** When the source's code was written or states it was checked (YYYY-MM-DD); undefined when the source is undated. */
  date?: string;
}

/** The sources of site-evidence.md, by the key used there. */
export const SOURCES = {
  MP: { ref: 'leaperone/MultiPost-Extension@89bf0a9 src/sync/dynamic/*', date: '2026-05-22' },
  'MP-video': { ref: 'leaperone/MultiPost-Extension@9921010 src/sync/video/*', date: '2026-05-22' },
  'MP-zh': { ref: 'leaperone/MultiPost-Extension@d3b6f31 src/sync/article/zhihu.ts', date: '2025-12-05' },
  CPFT: { ref: 'insin/control-panel-for-twitter@0962235 script.js', date: '2026-08-17' },
  'XHS-MCP': { ref: 'xpzouying/xiaohongshu-mcp@2a57ab4 xiaohongshu/publish.go', date: '2026-08-02' },
  'XHS-MCP-publish': { ref: 'xpzouying/xiaohongshu-mcp@dee6c25 xiaohongshu/publish.go', date: '2026-05-15' },
  'XHS-MCP-comments': {
    ref: 'xpzouying/xiaohongshu-mcp@aa93e0a xiaohongshu/comment_feed.go',
    date: '2026-07-27',
  },
  SAU: { ref: 'dreammis/social-auto-upload@ad49eba uploader/*', date: '2026-08-13' },
  'SAU-youtube': { ref: 'dreammis/social-auto-upload@5b26106 uploader/youtube_uploader', date: '2026-06-20' },
  'SAU-tiktok': { ref: 'dreammis/social-auto-upload@de2389c uploader/tk_uploader', date: '2025-11-06' },
  // Public code search files (the search names no repository; dates only where the file states one).
  'li-tiptap': {
    ref: 'code-search 66909197240 (LinkedIn reply assistant: "migrated comments to TipTap in 2026")',
  },
  'li-sdui': { ref: 'code-search "DOM v2 (React SSR + SDUI)" LinkedIn comment helpers (3 files)' },
  'li-assist': { ref: 'code-search 62529389049 (LinkedIn assist mode)' },
  'li-share': { ref: 'code-search 65885527605 (LinkedIn share-box helper)' },
  'li-legacy': {
    ref: 'code-search 59136843009 (LinkedIn comment script, "Confirmed 2026-06-05")',
    date: '2026-06-05',
  },
  reddit: { ref: 'code-search 53807790412, 15077720420, 33739488723, 52553248824 (Reddit extensions)' },
  'reddit-bots': { ref: 'code-search 10915252103, 61922398942 (Reddit bots)' },
  'wechat-skill': {
    ref: 'code-search 56753354754 (publishing skill doc, "信息截止 2026-05-24")',
    date: '2026-05-24',
  },
  wechat: { ref: 'code-search 63355089311, 55634725418, 57938111332, 62289202061 (WeChat MP automation)' },
  'wechat-doc': { ref: 'code-search 56279352978 (WeChat article tooling doc)' },
  bilibili: {
    ref: 'code-search 38105721577, 30360349479, 52303485186, 70568562747 (Bilibili comment automation)',
  },
  weibo: { ref: 'code-search 40781506097, 48311433273 (Weibo userscript / Selenium)' },
  'weibo-scrapers': { ref: 'code-search 57003899925, 27390242415, 32404094761 (Weibo scrapers)' },
  'fb-scrapers': {
    ref: 'code-search 51842238544, 71267309656, 67263985862, 68702440695 (Facebook scrapers)',
  },
  'fb-bots': { ref: 'code-search 6879491642, 69853538690, 59657066679 (Facebook comment bots)' },
  'ig-bots': { ref: 'code-search 5919396707, 67469609566, 30565198306 (Instagram bots, "Instagram 2025")' },
  'ig-publish': {
    ref: 'code-search 56655360356 (Instagram publisher, "关键交互点（2026年5月）", dated the month\'s first day)',
    date: '2026-05-01',
  },
  'yt-tools': { ref: 'code-search 55350862467, 30246179883, 69476536212 (YouTube comment tools)' },
  'tt-bots': { ref: 'code-search 1162321485, 16512253798, 63277186693 (TikTok comment bots)' },
  'tt-studio': { ref: 'code-search 4696092080, 62973176165, 35116362215 (TikTok Studio uploaders)' },
  // Round 3 (2026-12-03): repositories fetched with their git history (date = last commit of the file read) …
  'CPFT-2026-08': { ref: 'insin/control-panel-for-twitter@0962235 script.js (15e2779)', date: '2026-08-17' },
  IT: {
    ref: 'code-charity/youtube@9353b060 (ImprovedTube) js&css/extension/www.youtube.com/{appearance/comments,appearance/details,general}.css, web-accessible/www.youtube.com/channel.js',
    date: '2026-08-03',
  },
  BE: {
    ref: 'the1812/Bilibili-Evolved@7d10a7fb3 registry/lib/components/feeds/fold-comments/fold-comment.scss, style/custom-font-family/set-font-family.scss',
    date: '2026-07-01',
  },
  'BE-shadow': {
    ref: 'the1812/Bilibili-Evolved@7d10a7fb3 registry/lib/components/style/dark-mode/dark-shadow-dom.scss',
    date: '2025-05-29',
  },
  'BE-details': {
    ref: 'the1812/Bilibili-Evolved@7d10a7fb3 registry/lib/components/feeds/disable-details/disable-details.scss, src/core/utils/title.ts',
    date: '2025-12-02',
  },
  'BE-legacy': {
    ref: 'the1812/Bilibili-Evolved@7d10a7fb3 registry/lib/components/style/{simplify/comments/comments-v2.scss, dark-mode/dark-slice-17.scss}',
    date: '2024-10-13',
  },
  'BC-comment': {
    ref: 'festoney8/bilibili-cleaner@8b963a8 src/modules/rules/comment/groups/basic.ts, filters/variety/comment/pages/common.ts',
    date: '2026-04-20',
  },
  'BC-video': {
    ref: 'festoney8/bilibili-cleaner@8b963a8 src/modules/rules/video/groups/basic.ts',
    date: '2026-05-10',
  },
  'XIU2-zhihu': { ref: 'XIU2/UserScript@d8fcb01 Zhihu-Enhanced.user.js (24a48ed)', date: '2026-05-21' },
  TTU: { ref: 'wkaisertexas/tiktok-uploader@1cea92d src/tiktok_uploader/config.toml', date: '2026-02-04' },
  TBX: {
    ref: 'toolbox-team/reddit-moderator-toolbox@e87b919a extension/data/modules/{comment,betterbuttons}.js (old.reddit)',
    date: '2025-02-03',
  },
  // … and public code search files (dated only where the file states when it was checked on the live site).
  'douyin-live': {
    ref: 'code-search 68626246099 (Douyin harvest extension notes, selectors measured on live video pages 2026-09-22/23)',
    date: '2026-09-22',
  },
  'douyin-web': { ref: 'code-search 62086449469, 57907439825, 55406787216 (Douyin video-page counters)' },
  'douyin-comment': {
    ref: 'code-search 69669988647, 59102237914, 57912879997, 17046374302 (Douyin comment automation)',
  },
  'tt-web': {
    ref: 'code-search 4612340986, 53832029685, 71251928115, 33111878323, 4251207101, 52585186811 (TikTok video-page scrapers)',
  },
  'tt-comments': {
    ref: 'code-search 61119039462, 13731093403, 43916517854, 4221389245 (TikTok comment scrapers)',
  },
  'fb-message': {
    ref: 'code-search 71523936731, 53870225051, 67114107281, 30615855536 (Facebook post text)',
  },
  'li-legacy-comments': {
    ref: 'code-search 56249338128, 53850212357, 6972178398, 58074642617, 65722201952 (LinkedIn comment readers, Ember UI)',
  },
  'zhihu-comments': {
    ref: 'code-search 43861000326, 61720063880, 69190120588, 24411938501 (Zhihu comment editor)',
  },
  'xhs-note-live': {
    ref: 'code-search 55036079297 (XHS selectors "verified against live DOM 2026-05-17")',
    date: '2026-05-17',
  },
  'weibo-time': {
    ref: 'code-search 17294821868 (Weibo userscript: time link a[class^="_time_"], the old head-info_time commented out; Feed_wrap, head_name kept), 28320335318, 9963161632',
  },
  'yt-comments': {
    ref: 'code-search 22239123347, 62918221633, 59270275448, 55982781855, 54526106198, 57824464899 (YouTube comment readers: #author-text, #content-text, #published-time-text a)',
  },
  'yt-studio': {
    ref: 'code-search 46013414, 66514382429, 70098509264, 63574972079 (YouTube Studio uploaders: ytcp-uploads-dialog)',
  },
  'reddit-text': {
    ref: 'code-search 55210651411, 57926807712, 37233638491, 53181782670 (Reddit readers: shreddit-post [slot="text-body"])',
  },
  'li-feed': {
    ref: 'code-search 53900880693, 52465180083, 27240429453, 57478177473, 54604378427 (LinkedIn feed readers: .feed-shared-update-v2, data-urn activity, update text, expandable-text-box)',
  },
  'li-counts': {
    ref: 'code-search 36699403135, 52520505700, 55606116010, 53180809240, 70255874987, 3670727752 (LinkedIn social counts)',
  },
  'li-toast': { ref: 'code-search 12939613573, 52672046953, 68310103468 (LinkedIn .artdeco-toast-item)' },
  'ig-likes': {
    ref: 'code-search 58285817886, 26351387391, 56894397322, 53075616052 (Instagram a[href$="/liked_by/"])',
  },
  'zhihu-answer': {
    ref: 'code-search 48079296949, 66431253930, 69317216166, 54651751401 (Zhihu answer editor and .AnswerForm-submit)',
  },
  'zhihu-article': {
    ref: 'code-search 35356883703, 71108379861, 23715595318, 53582846105 (Zhihu column .PublishPanel-triggerButton)',
  },
  'zhihu-vote': { ref: 'code-search 68353938525, 55151447925, 52226594131 (Zhihu .VoteButton--up)' },
  'x-toast': {
    ref: 'code-search 2477671917, 71542384647 (X posting bots waiting for [data-testid="toast"])',
  },
  'x-conversation': {
    ref: 'code-search 36047685809, 62031173744 (X readers: [aria-label="Timeline: Conversation"], English UI only)',
  },
  'bili-toolbar': {
    ref: 'code-search 59151960941 (Bilibili video-page parser, toolbar "实测校准 2026-07" on the real page: .view-text, .video-like-info, .video-coin-info, .video-fav-info, .video-share-info-text, a.up-name, h1.video-title; notes on 2026-08-10 that bili-comments-header-renderer is gone)',
    date: '2026-07-01',
  },
  'xhs-note': { ref: 'code-search 59364546677, 71460207062, 68751744587 (XHS note-page readers)' },
  // UI-language labels (lib/sites/ui-labels.ts), public code search files.
  'fb-es': {
    ref: 'code-search 53104896084, 58283681979, 60968971344, 54925394617 (Facebook, Spanish UI "Publicar")',
  },
  'fb-fr': { ref: 'code-search 55182899145, 54649309363 (Facebook, French UI "Publier"/"Suivant")' },
  'fb-ja': { ref: 'code-search 58083387637, 58263368880, 58364865565 (Facebook, Japanese UI "投稿")' },
  'fb-ko': { ref: 'code-search 54310087450, 59754241351 (Facebook, Korean UI "게시")' },
  'fb-id': {
    ref: 'code-search 62590355876, 62541052742, 62650095991 (Facebook, Indonesian UI: dialog Post button "Posting")',
  },
  'fb-intl': {
    ref: 'code-search 62823024790, 2454820738 (Facebook dialog Post in es/fr/de, an Indonesian-UI Facebook bot)',
  },
  'fb-comment-intl': {
    ref: 'code-search 68716044567 (Facebook comment automation: send labels in en/es/fr/de/it/pl/ru)',
  },
  // Round 4 (2026-12-03): the selectors that had no evidence. Code-search files unless a repository is named; a date
  // only where the file states when it was run against the live site (or, for MP, the commit date).
  'x-richtext': {
    ref: 'code-search 54847757000 (X composer notes: tweetTextarea_0RichTextInputContainer is the non-editable wrapper, "2026-06-14 実機 E2E"), 51772928059 (2026-04-08), 70434571023 ([data-testid$="RichTextInputContainer"]), 60029404623, 47368961839, 3790006669, 53378263550',
    date: '2026-06-14',
  },
  'x-status': {
    ref: 'code-search 71566312049, 53878438619, 62708016734, 92117294, 52208941859, 14038045064, 68286272084 (X readers: a tweet\'s permalink a[href*="/status/"])',
  },
  'fb-comment-text': {
    ref: 'code-search 27335947796, 52387510752, 25165430942, 58733155023, 61139012565, 54630037963 (Facebook readers: [role="article"] div[dir="auto"])',
  },
  'fb-permalink': {
    ref: 'code-search 56058618903, 55860026165, 51788223124, 4833774168, 54574160701, 69457625090 (Facebook: a[href*="comment_id="], /posts/, /permalink/, story_fbid=)',
  },
  'fb-messenger': {
    ref: 'code-search 10670474479, 71320659514, 39717885072, 66483291731, 37465777527 ([aria-label^="Messenger"]), 319605185 (message box div[aria-label="Message"])',
  },
  'ig-comment-list': {
    ref: 'code-search 55635391500 (Instagram: "caption and comments in one ul, first li = caption": article ul li), 10876713855 (section article ul li), 71597785894 (ul li span[dir="auto"], article), 40390514181',
  },
  'ig-caption': {
    ref: 'code-search 68352874414 ("h1[dir=auto] on permalinks"), 40390514181 (article h1[dir="auto"]), 71597785894, 52483209515',
  },
  'li-comment-text': {
    ref: 'code-search 70124872682 (a replaceableComment_ block holds its body in [data-testid="expandable-text-box"]), 71114237822 (live capture post-comments-2026.html), 69608292841, 63491437802, 70195192650',
  },
  'reddit-post-form': {
    ref: 'code-search 68481942828 (Reddit tool\'s handle file, each handle measured on www.reddit.com on 2026-09-10: /r/<sub>/submit is the r-post-composer-form; shreddit-post with [slot="text-body"]; shreddit-comment with [slot="comment"]; shreddit-composer [contenteditable="true"] (Lexical) with button[slot="submit-button"]), 70918012768, 57413540385, 65857900373, 67498368298, 40370340283, 42560127143',
    date: '2026-09-10',
  },
  'yt-views': {
    ref: 'code-search 70943207590 (ytd-watch-info-text #info, ytd-video-view-count-renderer), 54377146001 (ytd-watch-info-text span:first-child), 27487918360 (#info.ytd-watch-info-text > span), 68303118160 (#info-container), 38877579506, 4846205172',
  },
  'tt-caption': {
    ref: 'code-search 70954480965 (TikTok Studio uploader: [data-e2e="caption_container"] [contenteditable="true"]), 53514248295 ([data-e2e=caption_container] .public-DraftEditor-content)',
  },
  'weibo-comments': {
    ref: 'code-search 33318788633 (Weibo userscript: each .wbpro-list item, its author the first link in .text), 32333025648 (Selenium: wbpro-list), 57576618995 (.wbpro-scroller-item > .wbpro-list > .item1), 55649500110, 63123867901',
  },
  'weibo-toast': {
    ref: 'code-search 17087390563 (woo-toast--error), 59186692105 (div[class*="woo-toast"]), 55193545331 (.woo-toast-success), 49210224497 (.woo-toast-wrap)',
  },
  'xhs-counts': {
    ref: 'code-search 66692554914 (.engage-bar .like-wrapper .count / .collect-wrapper / .chat-wrapper), 34441122324 (.interact-container .like-wrapper .count / .collect-wrapper .count), 54762902049, 67417937314 (note detail counts)',
  },
  'xhs-comment-text': {
    ref: 'code-search 55921560474, 67417937314, 53399168853 (XHS: .comment-item .content), 58602035109 (.note-content .note-text span, .comment-item)',
  },
  // Round 9 (2026-12-04): who and when a note's comment was posted, for a reply's record.
  'xhs-comment-meta': {
    ref: 'code-search 55291182134 (XHS note page: .comment-item .name, .comment-item .date reading "1小时前上海", "2天前浙江", "昨天 15:59湖北"), 56473957730 (.comment-item .author .name; .date span:first-child "05-29", "2025-08-23"; .date .location)',
  },
  'xhs-creator-form': {
    ref: 'code-search 53896599496, 52666592898 (XHS creator: #web … div.publish-page-container > div.publish-page-publish-btn), 68313407804 (.publish-page-content, .publish-page-container)',
  },
  'xhs-toast': {
    ref: 'code-search 67669371699 (XHS creator publisher: .d-message, .d-toast, [class*="toast"])',
  },
  'xhs-note-list': {
    ref: 'code-search 58914457852, 15577687700, 12433553853, 24248244459 (XHS readers: .note-item .desc)',
  },
  'douyin-confirm': {
    ref: 'code-search 56193798005, 51956407346 (Douyin creator: hashed .content-confirm-container-Wp91G7 button), 67054964083 ([class*="content-confirm-container"] button 发布), 12289295630 (div[class^="content-confirm-container"] button), 45339618010, 2247652780 (--2AI6I), 28705692358 (--anYOC)',
  },
  'douyin-author': {
    ref: 'code-search 17978838238 (.comment-item-info-wrap a[href*="douyin.com/user/"], text or img alt), 26280718907 ([data-e2e="comment-item"] .comment-item-info-wrap a), 34230696600 (.comment-item-info-wrap a; the avatar .comment-item-avatar comes first), 13562211989 (.comment-item-info-wrap>div)',
  },
  'douyin-publish-time': {
    ref: 'code-search 70171759688 (Douyin notes: [data-e2e="detail-video-publish-time"] reads "发布时间：2026-09-10 16:49", so seen on or after that day), 68626922242, 52559346126, 54533946754, 71435909490, 70102178433',
    date: '2026-09-10',
  },
  'douyin-toast': {
    ref: 'code-search 28705692358 (Douyin creator: .semi-toast-content-text 上传成功/发布成功)',
  },
  'MP-bili-upload': {
    ref: 'leaperone/MultiPost-Extension@af41b58 src/sync/video/bilibili.ts (input.input-val[type="text"][maxlength="80"], span.submit-add)',
    date: '2026-06-05',
  },
  'wechat-send': {
    ref: 'code-search 58923413634 (WeChat MP publisher: 页面「发表」(#js_send) opens the .mass-send dialog), 66442184588, 53274302949 (#js_send, .js_send)',
  },
  'fb-comment-zh': {
    ref: 'code-search 54577359089 (Facebook comment bot, zh-CN UI: box [aria-label="写评论"], send [aria-label="评论"][role="button"]), 4173820244 (Facebook reply bot, zh-TW UI: send div[aria-label="發佈"] / div[aria-label="留言"])',
  },
  'bili-upload-page': {
    ref: 'code-search 34257807999, 55627155472 (Bilibili uploaders: the upload micro-app container #video-up-app), 65935213676, 1228057753, 70824569604',
  },
  'bili-upload-done': {
    ref: 'code-search 1390730238 (saved Bilibili success page: div.video-complete-container … div.step-des 稿件投递成功), 25251487309, 61922757393, 68399083144 (waiting for 稿件投递成功)',
  },
  'wechat-tips': {
    ref: 'code-search 58805472769, 62469705184 (WeChat MP editor: .weui-desktop-toast, .js_tips), 71021259214, 52203859684, 53513540803, 60317559253 (.weui-desktop-toast, .tips_global)',
  },
  'wechat-toolbar': {
    ref: 'code-search 58182058761 (userscript on the WeChat MP editor: its bar .tool_area_wrp), 54937371052, 54557326331 (#bottom_main, #js_submit, .tool_area_wrp), 7148954461 (saved page: #bottom_main.tool_area_wrp > .tool_area > .tool_bar)',
  },
  'wechat-sent': {
    ref: 'code-search 67461383259 (WeChat MP: the 发表记录 list, a.weui-desktop-mass-appmsg__title), 60602336826 (".weui-desktop-mass-appmsg__title span", "实测"), 71224335912, 7839325673, 54754976840, 21525743751, 19236315429',
  },
  // Round 6 (2026-12-04): sources for selectors that had none, and a dated live run of Bilibili's upload page.
  'zhihu-write-body': {
    ref: "code-search 55417504163 (Zhihu column publisher: editor ready when .WriteIndex-layout, .PostEditor or .WriteIndex-editor shows), 36430611255 (.WriteIndex-editor [contenteditable='true'], .PostEditor-editorContent), 63162462654, 54156671427, 53193112792, 53582846105, 23715595318 (.WriteIndex-editor [contenteditable])",
  },
  'zhihu-comment-item': {
    ref: 'code-search 55621367315, 55795411765 (Zhihu comment toolbar extension: a comment list is one holding "[data-id] .CommentContent"), 57057352600, 57011359937, 57091470783 ("div[data-id] .CommentContent")',
  },
  'bili-upload-live': {
    ref: 'code-search 69450007553 (Bilibili upload skill, a real upload run on 2026-09-25: title input[placeholder="请输入稿件标题"], description .desc-container .ql-editor (Quill), 立即投稿 span.submit-add, then 稿件投递成功)',
    date: '2026-09-25',
  },
  'bili-upload-desc': {
    ref: 'code-search 37888184990, 60400490350, 60302703519, 1927995379, 12015400959 (.archive-info-editor .ql-editor, data-placeholder*="填写更全面的相关信息"), 56216781457, 52670995748, 58556137276, 53887375576, 52176767489 (.desc-container .ql-editor), 6502663355, 5893793448, 67136977678 (.desc-text-wrp .ql-editor)',
  },
  'weibo-publish-pw': {
    ref: 'code-search 38331211424 (Playwright Weibo poster: fills textarea[placeholder="有什么新鲜事想分享给大家？"], clicks the button reading 发送, checks /ajax/statuses/update)',
  },
  // Round 7 (2026-12-04): the Weibo publisher as the sources find it (placeholder, and the control reading 发送/发布).
  'SAU-weibo': {
    ref: 'dreammis/social-auto-upload@466f81d uploader/weibo_uploader/main.py (weibo.com video publisher: get_by_placeholder("有什么新鲜事想分享给大家？"), publish button:has(span:text-is("发布")), woo-button / woo-dialog classes, the "_name_hash" class pattern)',
    date: '2026-08-13',
  },
  'li-feed-sdui': {
    ref: 'code-search 65998537119 (LinkedIn feed reader, "New DOM": [data-testid="mainFeed"] > div[data-lazy-mount-id], post text [data-testid="expandable-text-box"]), 69253871544 ([data-testid="mainFeed"] [role="listitem"] … [data-testid="expandable-text-box"]), 56046267909 ([role="listitem"]:has([data-testid="expandable-text-box"]))',
  },
  'zhihu-custom': {
    ref: 'liuyubing233/zhihu-custom@188c918 index.js (userscript v5.21.4 build): comment list children carrying data-id with .CommentContent, .AnswerItem with data-zop, .VoteButton--up in .ContentItem-actions',
    date: '2026-07-20',
  },
  'li-sdui-dated': {
    ref: 'knamnguyen/trusthuman.io@0047d06a packages/linkedin-automation/src/comment/utils-v2/{submit-comment,extract-comment-url,wait-for-comments-ready}.ts (LinkedIn "DOM v2": button[data-view-name="comment-post"], [componentkey^="replaceableComment_urn:li:comment:"], a[data-view-name="comment-actor-picture" | "reply-actor-picture"])',
    date: '2026-01-16',
  },
  // Round 7 (2026-12-04): what a reply box answers (answeredElement), for the panels to keep clear of.
  'fb-reply-box': {
    ref: 'eboody/commgmt textBox.js (Facebook: a reply box\'s [role=textbox] sits in the comment it answers, up to its [role=article] and li; labelled "Reply to <name>")',
  },
  // Round 8 (2026-12-04): a dated live run on Facebook (English desktop UI).
  'fb-live-2026-09': {
    ref: 'code-search 70983374102 (userscript validation doc, "Implemented on 2026-09-27", run in an authenticated desktop Safari on facebook.com: post text by data-ad-preview="message" / data-ad-comet-preview="message" / data-ad-rendering-role="story_message"; comments and replies as [role=article] with their own permalink and owned div[dir="auto"] text), 56128801067, 51765562997, 35451372752, 54606991067 (story_message readers, undated)',
    date: '2026-09-27',
  },
  // Round 8 (2026-12-04): Xiaohongshu's reply to a comment, through the note's one comment box.
  'XHS-MCP-reply': {
    ref: 'xpzouying/xiaohongshu-mcp@f451866 xiaohongshu/comment_feed.go ReplyToComment (the comment #comment-<id> / .comment-item, its 回复 .right .interactions .reply, then the shared div.input-box div.content-edit p.content-input and div.bottom button.submit; unchanged at 6fb866a, 2026-08-20)',
    date: '2026-07-27',
  },
  // Round 8 (2026-12-04): the Traditional Chinese X labels (zh-TW fixture).
  'x-zh-tw': {
    ref: 'code-search 10031748065, 9896284680 (Twitter userscript i18n, zh-TW "symbol.TimelineConversation": "時間軸：對話"), 63064557592 (X reader: composer cell /發佈你的回覆/), 59277695293 (zh-TW X skill doc: the 發佈你的回覆 editor)',
  },
  'li-reply-legacy': {
    ref: 'code-search 53438475508, 53151376046 (LinkedIn Ember UI parts: .comments-comment-item, .comments-comment-texteditor, .comments-reply-compose-box)',
  },
  // Round 9 (2026-12-04): repositories whose history dates a line holding the selector (git log -G: the day a line
  // with it was last changed), and an agent's dated run notes on the live site.
  'li-live-2026-06': {
    ref: 'TobySinclair/linkedin-comment-tracker@2cd1eb0 index.html (run notes of an agent driving linkedin.com, logged in, liker scan of 2026-06-24: "post permalink captured from the live DOM data-urn (urn:li:activity:…)"; its comment-mining scan of 2026-07-14, de562f8, notes that comments no longer render into article or comments-comment-entity nodes: "both selectors return 0", classes fully hashed)',
    date: '2026-06-24',
  },
  'zhihu-custom-2026-07': {
    ref: 'liuyubing233/zhihu-custom@0030774 src/components/size/my-size.ts (2026-07-20, "文章宽度和回答样式字体大小修复": the answer text rule re-based from .Question-main to .QuestionPage .RichContent-inner, so checked on the live question page that day; .RichText not in that line)',
    date: '2026-07-20',
  },
  // Round 10 (2026-12-04): agents' dated run notes on Xiaohongshu (each date is the live run the file records).
  'xhs-creator-2026-09': {
    ref: 'code-search 66429344425 (XHS creator video publisher, "2026-09-10 实测": 发布 is the <xhs-publish-btn> host with a closed shadow root, its click goes to /publish/success; 2026-09-12: title input[placeholder*="标题"], body .tiptap.ProseMirror)',
    date: '2026-09-10',
  },
  'xhs-note-2026-08': {
    ref: 'code-search 61994527172 (XHS note exporter hand-off: live runs 2026-08-18 and 2026-08-20 open notes and parse them only on detail evidence #detail-title, #detail-desc, the engage bar), 62138587472 (its extract_note_dom: #detail-title, #detail-desc, .engage-bar .like-wrapper / .collect-wrapper / .chat-wrapper and their .count)',
    date: '2026-08-20',
  },
  'xhs-site-notes-2026-09': {
    ref: 'code-search 70731291582 (an agent\'s Xiaohongshu site notes, "2026-09-07 实测打通": creator title input[placeholder*=标题], body .tiptap.ProseMirror, 发布 inside the closed shadow root of <xhs-publish-btn> (its button.ce-btn.bg-red, reached only through the host\'s private _sr), success /publish/success; "评论点赞（2026-09-15 实测）": div.comment-item#comment-<id> holding .author .name and .note-text)',
    date: '2026-09-07',
  },
  'xhs-publish-probe-2026-05': {
    ref: 'code-search 59082706464 (XHS publisher\'s xhs-publish-btn probe, "实采结论（2026-05-25）": the shadow root is closed, the main submit button.ce-btn.bg-red (发布 / 定时发布) and 暂存离开 button.ce-btn.white sit inside it; 57946092411, an undated skill, draws the same tree: <xhs-publish-btn> → #shadow-root (closed) → .publish-page-publish-btn → button.ce-btn.bg-red)',
    date: '2026-05-25',
  },
  // Round 10: multi-platform publishers' dated runs on the live creator back ends (WeChat OA, Xiaohongshu).
  'tassello-2026-09': {
    ref: 'code-search 70109108417 (publisher\'s platform matrix and real-machine log: WeChat OA new editor 2026-09-25, an article fills textarea#title, the digest #js_description and the ProseMirror body; XHS creator 2026-09-19/10-02, input[placeholder*="标题"], .tiptap.ProseMirror, the closed-shadow <xhs-publish-btn>, /publish/success)',
    date: '2026-09-25',
  },
  'multi-publisher-2026-10': {
    ref: 'code-search 70903454795 (multi-publisher README, "实测验证结果（2026-10-01，7 平台）": on WeChat OA the #title textarea is visibility:hidden storage and the visible title is .title-editor-overlay .ProseMirror; XHS 发布/暂存离开 sit in the closed shadow root of <xhs-publish-btn>)',
    date: '2026-10-01',
  },
  // Round 10: LinkedIn's new comment list in agents' dated notes (a month alone is dated its first day).
  'li-comments-2026-08': {
    ref: 'code-search 57462927528 (LinkedIn comment-extraction playbook, "collaudato (agosto 2026)" on the new UI with hashed classes: every comment and reply is a [componentkey^="replaceableComment_urn:li:comment:"], the list is virtualised)',
    date: '2026-08-01',
  },
  'li-probe-2026-06': {
    ref: 'code-search 60544396806 (LinkedIn engagement hand-off, "confirmed via DOM probes 2026-06-21" on a Malay-UI account: the feed\'s [componentkey] elements are replaceableComment_… comments inside container-update-list_mainFeed-lazy-container; feed-shared-update-v2 returns 0 on the home feed)',
    date: '2026-06-21',
  },
  // Round 10: an engagement agent's selector modules, each stating the day its DOM was captured live.
  'li-classic-2026-08': {
    ref: 'code-search 59705533743 (LinkedIn post-selectors.ts: "Every one of these was captured from the live DOM on 2026-08-02 … and then proven by performing real engagements — a Like and a 👀 comment that actually posted", classic Ember surface: div[data-urn][role="article"], form.comments-comment-box__form, div.ql-editor[contenteditable="true"][role="textbox"], button.comments-comment-box__submit-button--cr, article.comments-comment-entity[data-id^="urn:li:comment:"], span.comments-comment-item__main-content)',
    date: '2026-08-02',
  },
  'li-react-2026-08': {
    ref: 'code-search 60012861164 (LinkedIn post-selectors-react.ts, the hashed-class post detail "from the live 2026-08-05 captures", four captures; its tests 59703564899): shell div[id^="expanded"][id$="FeedType_FEED_DETAIL"], composer div[data-testid="ui-core-tiptap-text-editor-wrapper"] div[contenteditable="true"][role="textbox"], comment rows (id replaceableComment_urn:li:comment:…) with body span[data-testid="expandable-text-box"]; the submit is div[id*="commentButtonSection"] button, no data-view-name, present only once the editor has text. Both surfaces were live that week on different accounts',
    date: '2026-08-05',
  },
  // Round 15: LinkedIn's SDUI share composer (a native <dialog>, the editor keyed on the contenteditable itself).
  'li-share-2026-10': {
    ref: 'code-search 70079377301 (a LinkedIn posting driver\'s "composer internals", "verified live against LinkedIn\'s 2026 desktop web composer": the composer lives in an OPEN shadow root, editor [componentkey="ShareBox_textEditor"] "Tiptap/ProseMirror, Oct 2026 … Quill before", submit the button whose innerText is exactly Post (Schedule when scheduling), not disabled; the month only, the 1st taken)',
    date: '2026-10-01',
  },
  'li-share-dialog': {
    ref: 'code-search 70201943270, 70257741418 (a LinkedIn agent\'s DOM identifiers: MODERN_COMPOSER dialog[open][data-testid="dialog"]:has([data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose"]), submit the exact "Post" button in it, success a [role="status"] / .artdeco-toast-item reading "Post successful."), 70399234121 (its native-dialog test page: <dialog data-testid="dialog"> > [data-sdui-screen] > div[componentkey="ShareBox_textEditor"][role="textbox"][contenteditable="true"], an icon "Media" button and a text-only "Post" button; undated)',
  },
  'li-share-editor': {
    ref: 'code-search 66417084740 (LINKEDIN_POST_EDITOR = [componentkey="ShareBox_textEditor"][contenteditable="true"], "LinkedIn reuses TipTap for posts, comments and messages"), 70091875741 (a field classifier: editor.getAttribute("componentkey") === "ShareBox_textEditor" → post), 70381226000 (a scheduler\'s test page: <dialog open data-testid="dialog"> > div[contenteditable="true"][role="textbox"][componentkey="ShareBox_textEditor"]; undated)',
  },
  // Round 10: a TikTok comment tool's test pages, whose header dates the live capture they copy.
  'tt-capture-2026-09': {
    ref: 'code-search 69257447297 (TikTok comment cleaner, smoke-test page builder: "Markup mirrors what was captured from tiktok.com on 2026-09-19 (class names, data-e2e attributes, popover Delete control)": data-e2e comment-username-N, comment-level-N, comment-time-N, comment-reply-N; threads in DivCommentItemContainer (profile-grid layout) or DivCommentObjectWrapper > DivCommentItemWrapper (video-page drawer); video-desc / browse-video-desc; comment-count / browse-comment-count. A copy of a capture, not the capture: no comment box or Post button in it)',
    date: '2026-09-19',
  },
  // Round 10: an Instagram account's own posting and health-check tools, with their live runs dated in the text.
  'ig-tools-2026-08': {
    ref: 'code-search 60784548003 (post.mjs, posting reels through the web composer; its live runs of 2026-08-04 "three reels shipped" before the crop fix: caption getByRole("textbox", {name: /caption/i}) in the post dialog, Share getByRole("button", {name: /^share$/i}), success only when Instagram says "has been shared"), 60961103208 (health.mjs, a daily live check on the same session, run 2026-08-04: comment box textarea[placeholder^="Add a comment"] on a post page, its Post button getByRole("button", {name: "Post"}) inside form:has(that textarea), present only once there is text)',
    date: '2026-08-04',
  },
  // Round 10: a repository whose publisher and its own publish log sit in the same commit.
  'zhihu-publisher-2026-10': {
    ref: 'hxo-resistor/ignition-coil-resistor@67a56cb work/publish_zhihu.py (zhuanlan.zhihu.com/write: title textarea[placeholder*="标题"] tried first, then .WriteIndex-titleInput textarea; body .public-DraftEditor-content tried first; publish button.Button--primary "发布", then the /p/ URL) and work/zhihu_published.log, written by that script on each publish: eight articles 2026-10-08 09:38 to 2026-10-09 20:10, each with its zhuanlan.zhihu.com/p/ URL',
    date: '2026-10-08',
  },
  // Round 10: a WeChat OA stats extension's page script (a month alone is dated its first day).
  'wechat-sent-2026-08': {
    ref: 'code-search 59936486853 (WeChat OA stats extension, the back end\'s 首页/发表记录 list, "结构（2026-08 实测）": .weui-desktop-mass__content per published item, its a.weui-desktop-mass-appmsg__title whose first <span> is the full title, .weui-desktop-mass__time)',
    date: '2026-08-01',
  },
  // Round 10: a Bilibili commenting skill's verified runs (posted through the nested shadow roots).
  'bili-skill-2026-06': {
    ref: 'code-search 58676630625 (bili-recommend-agent skill, "已验证 2026-06-14", its 44th comment posted 2026-06-14 17:53: bili-comments → bili-comments-header-renderer → bili-comment-box (its own shadow root) → #editor bili-comment-rich-textarea → .brt-editor; 发布 is #pub > button; comments read through bili-rich-text\'s shadow root)',
    date: '2026-06-14',
  },
  // Round 11 (2026-12-05): Weibo's feed in the "_name_hash" CSS-module classes (no head_name / detail_wbtext /
  // Form_input / Composer_btn). Dated by the newest live stamp a source copies: comment rows reading "26-5-31 18:34".
  'weibo-hashed': {
    ref: 'code-search 55649500110 (extension test copying the live "modern woo feed": article.woo-panel-main._wrap_m3n8j_2, .wbpro-feed-content ._wbtext_velez_14, .wbpro-list .item1 .con1 .text rows stamped "26-5-31 18:34 来自广东"; a saved creator profile page checked by article [class*=_main_][class*=_left_]), 67035543019 (Weibo DOM map: a[class*="_name_"] span[title], div[class*="_wbtext_"], a[class*="_time_"] whose title reads "2026-03-10 16:53"), 66387815205, 68683586660, 41686715786, 60831206991 ([class*="_wbtext_"] in .wbpro-feed-ogText), 17288814838 (.wbpro-feed-reText [class^="_wbtext_"])',
    date: '2026-05-31',
  },
  'weibo-comment-box': {
    ref: 'code-search 59504489888 (browser-cli Weibo site guide: feed and detail share one comment/repost textarea[id^="comment-textarea-"], placeholder 发布你的评论 / 说说分享心得, its button found by its text 评论 / 转发; author a[class*=name], text [class*=_wbtext_], comments .item1 / .con1 .text)',
  },
  // Round 11: where TikTok's video-page drawer opens a reply box (undated; the drawer itself is tt-capture-2026-09).
  'tt-drawer-reply': {
    ref: 'code-search 53136056106 (TikTok reply bot: after [data-e2e="comment-reply-1"], "a new editor appears in the reply container": [class*="DivReplyContainer"] [contenteditable="true"]), 61010418035 (reply bot on the drawer opened by the comment icon: Reply inside DivCommentObjectWrapper / DivCommentItemWrapper, a Draft.js reply composer whose placeholder reads "reply", its [data-e2e="comment-post"] the one nearest it), 3945204694 and 14785219158 (replies are [class*="DivReplyContainer"] [class*="DivCommentItemWrapper"] inside the thread), 3898260346 (an extension that instead waits for the first [data-e2e="comment-input"] after Reply)',
  },
  // Round 12 (2026-12-05): a userscript repository whose maintenance log records each live run (date, page, counts)
  // next to the selectors it ran with (git history read; its real-site probes run against the live pages).
  'ub-weibo-2026-09': {
    ref: 'a2787/ub-utils@f4e3ba1 omniblock.user.js (weibo adapter: cards article.woo-panel-main and [usercard]; comments .wbpro-list > .item1, their author :scope > .item1in > .con1 > .text > a:first-child, lines of 996ef9a / e9630d4), test/real-platform-probe.cjs, MAINTENANCE.md ("real-site verified": 2026-08-20 weibo.com public feed, 6 article.woo-panel-main cards, 6/6 authors by /u/<uid> and usercard; 2026-08-22 a weibo.com detail page, 19 root comments and 6 replies identified, replies .item2 > .con2 with no .item2in); docs/maintenance/CURRENT.md @084dd13 (the same probe on weibo.com detail pages 2026-09-08: 26 comment rows, 21 root and 5 replies; 2026-09-11: 16 comment rows, 10 root and 6 replies)',
    date: '2026-09-11',
  },
  'ub-bili-2026-09': {
    ref: "a2787/ub-utils@f4e3ba1 omniblock.user.js (bilibili adapter: comments bili-comment-renderer, bili-comment-reply-renderer, .reply-item, a root comment's container its BILI-COMMENT-THREAD-RENDERER host; line of 507183d, 2026-08-21), test/real-bilibili-probe.cjs (walks bili-comments' shadow roots), MAINTENANCE.md (\"real-site verified\" on bilibili.com/video/… 2026-08-21: 2 BILI-COMMENT-RENDERER, 4 BILI-COMMENT-REPLY-RENDERER, a BILI-COMMENT-THREAD-RENDERER hidden 417px → 0; 2026-08-22: thread 249px → 0); docs/maintenance/CURRENT.md @084dd13 (2026-09-07: a public video page's bili-rich-text, action components and menus captured, 2 comment renderers and a reply; 2026-09-11: 2 comment renderers read)",
    date: '2026-09-11',
  },
  // Round 15, ev-east (2026-12-05): lines dated by the git history of a repository holding them (git log -S: the
  // commit that added the line).
  'pynseq-weibo-2026-07': {
    ref: 'DanielZenFlow/Pynseq-Weibo@4e9e248 pynseq-for-weibo.user.js (Weibo blocklist userscript: a post\'s author a[href][class*="_name_"], line of 369d762, 2026-07-26; [class*="Feed_head_"] / [class*="_author_"] / header [class*="_name_"], lines of 5b875fb, 2026-07-29; comment rows .wbpro-list > .item1) and CHANGELOG.zh-CN.md v2.4.56 (2026-08-22: a browser run on the weibo.com home timeline and s.weibo.com results)',
    date: '2026-07-26',
  },
  'baoyu-wechat-author-2026-01': {
    ref: "JimLiu/baoyu-skills@7c5e81f skills/baoyu-post-to-wechat/scripts/wechat-article.ts (WeChat OA article poster: the author field document.querySelector('#author'), line of 73a5f60, 2026-01-14)",
    date: '2026-01-14',
  },
  'rednote-mcp-2026-02': {
    ref: "Andy-Zyu/RedNote-MCP@8a53b64 src/selectors/index.ts (Xiaohongshu note detail: authorWrapper '.author-wrapper .username', line of 2a9af0f, 2026-02-23) and src/interceptors/searchInterceptor.ts (.author-wrapper .name); iFurySt/RedNote-MCP@74bf739 src/tools/rednoteTools.ts has the same .author-wrapper .username since 2025-04-10",
    date: '2026-02-23',
  },
  'sau-bili-pr-2026-06': {
    ref: 'dreammis/social-auto-upload refs/pull/176/head @86cd690 uploader/bilibili_uploader/main.py (a Playwright Bilibili uploader, 2026-06-18: the upload page\'s file input #video-up-app input[type="file"], title input[placeholder="请输入稿件标题"], 立即投稿 span.submit-add, marked "B站实际HTML"); refs/pull/169/head @39ef602 sau_backend/newFileUpload/platform_configs.py (2026-01-20: paths copied from the page, #video-up-app > div.video-complete > div.content-wrapper > … .op-buttons button, after an upload)',
    date: '2026-06-18',
  },
  'xhs-mcp-pr568-2026-04': {
    ref: "xpzouying/xiaohongshu-mcp refs/pull/568/head @50c92d6 (feed_detail, 2026-04-11: a note's author read from document.querySelector('.author-wrapper .username'), its avatar .author-wrapper img.avatar)",
    date: '2026-04-11',
  },
  'bili-comments-2026-08': {
    ref: 'code-search 59151960941, 59083227655 (Bilibili video-page parsers, "真机 2026-08-10": <bili-comments> with an open shadow root whose first level is #spinner-container / #title / bili-comments-spinner / #continuations; bili-comments-header-renderer no longer exists), 59125261753 (their test pinning that)',
    date: '2026-08-10',
  },
  'bili-comment-2026-09': {
    ref: 'code-search 69659969292 (Bilibili note extension\'s background script, its comment sender "移植自 bilibili-comment-extension/background.js … 2026-09-04 实测": the top-level .brt-editor under #commentbox (not #reply-commentbox) through open shadow roots, 发布 the #pub button in the root of that BILI-COMMENT-BOX (#footer > #pub), a click on it sends; published when the editor empties or the page shows the text)',
    date: '2026-09-04',
  },
  'BCB-2026-06': {
    ref: 'codertesla/bili-comment-buddy@a86a757 bilibili-llm-comment.user.js (userscript that writes and posts comments on bilibili.com video pages, v0.6–0.9 2026-06-18..21; its selector table, lines of 2d1ef6d 2026-06-18: comments bili-comment-thread-renderer / .reply-item, their text bili-rich-text / .reply-content, the editor .brt-editor inside bili-comment-box, opened by bili-comment-rich-textarea, in bili-comments)',
    date: '2026-06-18',
  },
  // Round 12: an automation project's probe ledgers, each live run dated in the ledger (repository files read from the
  // code index; the repositories themselves could not be fetched, so dates are the ledgers' own).
  'aidcp-tiktok-2026-07': {
    ref: 'tommax-bai/aidcp-edge@c5e0fa0 src/tiktok/probes/interaction-probe.ts (its comment-editor query leads with [data-e2e="comment-input"] [contenteditable="true"]) and tommax-bai/aidcp@5f627fb openspec/changes/tiktok-cdp-interaction-probes/tasks.md (live run 2026-07-21 on a logged-in tiktok.com session: exactly one comment editor found, a 42-character test text typed and read back, not sent)',
    date: '2026-07-21',
  },
  'aidcp-douyin-2026-07': {
    ref: 'tommax-bai/aidcp@52ae98d openspec/changes/douyin-cdp-research-and-probes/design.md (read-only observation of douyin.com on 2026-07-22: the video detail modal exposes feed-active-video, video-player-digg, feed-comment-icon, video-player-collect and video-player-share)',
    date: '2026-07-22',
  },
  // Round 12: a competitor-tracking extension's page parsers, each dating the live page it was checked on.
  'x-beacon-2026-08': {
    ref: 'code-search 66774542946, 59183519953 (X profile/status parser, "真机 2026-07-27" and "真机 2026-08-10": tweets are article[data-testid="tweet"], each identified by its a[href*="/status/"] link, metrics from the reply/retweet/like/bookmark buttons; it also reports a 2026-09-04 page with no data-testid at all, articles only, where it falls back to bare article and reads nothing)',
    date: '2026-08-10',
  },
  'yt-beacon-2026-08': {
    ref: 'code-search 59084671431 (YouTube watch/channel parser, "实测校准 2026-07", "真机 2026-08-10": the watch page prints its views ("18亿次观看") in ytd-watch-metadata / ytd-watch-info-text / #info spans, read there before the exact viewCount in the inline player script)',
    date: '2026-08-10',
  },
  // Round 14 (2026-12-05): a Facebook probe ledger dated by its live runs, and two repositories whose git history dates
  // the line holding each selector (git log -S: the last commit that added or removed it in that file).
  'aidcp-fb-2026-07': {
    ref: 'tommax-bai/aidcp openspec/changes/facebook-browser-env-and-login/tasks.md (live probe 2026-07-06, zh-Hans UI, a Page permalink: comment editors are div[contenteditable="true"][role="textbox"] labelled 写评论…; typing a marker made a 发布评论 control appear, cleared without sending) and tommax-bai/aidcp-edge@a5498bc src/facebook/probes/editor-probe.ts (that probe, querying [contenteditable="true"][role="textbox"]); the same ledger\'s 2026-07-06 structure probe extracted post permalinks on Page and Group posts with src/facebook/probes/page-structure.ts (@1055aee: a[href] matching /posts/, /permalink.php, /videos/, story_fbid=)',
    date: '2026-07-06',
  },
  'sa-2026-01': {
    ref: 'IsaiahDupree/Safari_Automations@89b78b9, lines of 2026-01-30/31: docs/selectors/TWITTER_DOM_SELECTORS.md (X [data-testid="toast"]), packages/services/src/automation/comment-automation.ts (Instagram comment list ul li; YouTube #submit-button and ytd-comment-renderer), apps/safari-client/src/SafariAutoComment.ts (Instagram form textarea), packages/selectors/src/platforms/instagram/index.ts (section a[href$="/liked_by/"] span; feed post cards article[role="presentation"], main article), python/engagement/tiktok_engagement.py (TikTok save count [data-e2e="undefined-count"])',
    date: '2026-01-30',
  },
  'sa-2026-02': {
    ref: 'IsaiahDupree/Safari_Automations@89b78b9, lines of 2026-02-01: python/automation/safari_extension/content.js (Facebook [contenteditable="true"][data-lexical-editor="true"]), packages/tiktok-comments/src/automation/tiktok-driver.ts (TikTok [data-e2e="comment-post"])',
    date: '2026-02-01',
  },
  'sa-2026-03': {
    ref: 'IsaiahDupree/Safari_Automations@89b78b9, lines of 2026-03-04..07: packages/linkedin-chrome/src/automation/linkedin.ts (LinkedIn .feed-shared-update-v2__description, .social-details-social-counts__reactions-count, .social-details-social-counts__comments, .comments-post-meta__name-text), packages/linkedin-automation/src/api/server.ts (.update-components-text), packages/tiktok-comments/src/api/server.ts (TikTok [data-e2e="like-count"], [data-e2e="share-count"])',
    date: '2026-03-04',
  },
  'trusthuman-2026-01': {
    ref: 'knamnguyen/trusthuman.io@0047d06a packages/linkedin-automation/src/post/utils-v2/{find-post-container,extract-post-caption}.ts (LinkedIn "v2" DOM: a post is div[role="listitem"], its caption span[data-testid="expandable-text-box"]; lines of 2026-01-13)',
    date: '2026-01-13',
  },
  'trusthuman-2026-02': {
    ref: 'knamnguyen/trusthuman.io@0047d06a apps/trustahuman-ext, lines of 2026-02-24: entrypoints/x.content/XReplyScraper.ts (X [data-testid="toast"]), data/inlinex.md (saved x.com reply markup under aria-label="Timeline: Conversation"), entrypoints/facebook.content/index.tsx (#focused-state-composer-submit) and PostScraper.ts ([data-lexical-editor="true"][aria-label^="Comment as"]), entrypoints/linkedin.content/PostScraper.ts (div[data-view-name="comment-box"], a[data-view-name="comment-actor-picture"], .feed-shared-update-v2__description, .update-components-text)',
    date: '2026-02-24',
  },
  'baoyu-wechat-2026-01': {
    ref: 'JimLiu/baoyu-skills@7c5e81f skills/baoyu-post-to-wechat/scripts/wechat-article.ts (WeChat OA new editor, lines of 2026-01-15: save by #js_submit button, saved when .weui-desktop-toast shows)',
    date: '2026-01-15',
  },
  'yclh-2026-02': {
    ref: 'jev-devx/youtube-comment-layout-helper@c085dc0 content/app/orchestrator/index.js (Chrome Web Store extension, lines of 2026-02-13: comments ytd-comment-view-model / ytd-comment-renderer, their #content-text and #author-text)',
    date: '2026-02-13',
  },
  // Round 15 (2026-12-05, "ev-west"): maintained extensions whose releases after 2026-06-08 still ship the line (date =
  // the release tag; the line's own commit date given beside it), and dated live runs.
  'rdx-2026-08': {
    ref: 'joelacus/RedditEnhancer v3.5.1 (tag 2026-08-14; six releases 2026-07-02 to 08-14, 3.2.0 reworking a feature "to work with recent Reddit changes") src-webpack/src/common/content/tweaks/productivity/better_comment_box.js (post pages: shreddit-composer, shreddit-simple-composer, the simple composer\'s editor div[contenteditable] in its open shadowRoot; line of 096aadc 2025-07-10) and tweaks/font/resize_font.js (the submit page shreddit-app[pagetype="post_submit"] faceplate-textarea-input, its textarea in the shadowRoot; line of 4a6f25b 2026-05-04)',
    date: '2026-08-14',
  },
  'res-2026-07': {
    ref: "honestbleeps/Reddit-Enhancement-Suite v5.24.10 (tag 2026-07-14, after v5.24.9 2026-07-03; the old.reddit extension) lib/modules/keyboardNav.js (.usertext-edit textarea[name=text]), commentTools.js (.usertext-edit textarea; the submit page's textarea[name=title] and #title-field textarea); lines of 2014-01-16 to 2016-11-17, still shipped",
    date: '2026-07-14',
  },
  'fcmf-2026-07': {
    ref: 'Artificial-Sweetener/facebook-clean-my-feeds v6.3.1 (userscript release, tag 2026-07-05, after 6.3.0 2026-07-02) src/selectors/{news,shared,profile,groups}.js (Facebook\'s dialogs, a post opened over the feed among them, are div[role="dialog"]; lines of 0eb5850 2026-01-17) and src/ui/controls/toggle-button.js (an open Facebook dialog is [role="dialog"] or [aria-modal="true"]; line of e503aa5 2026-04-11)',
    date: '2026-07-05',
  },
  'fb-bot-2026-05': {
    ref: 'code-search 54534208923 (a Facebook comment bot\'s development log, its activity table dated per entry: phase F4b 2026-05-10, "LIVE SMOKE" posting a comment on a facebook.com photo page, success=True: the box div[contenteditable="true"][role="textbox"][aria-label^="Comment as"], sent by div[role="button"][aria-label="Post comment"], the posted comment found as div[role="article"][aria-label^="Comment by <name>"])',
    date: '2026-05-10',
  },
  'trusthuman-css-2026-01': {
    ref: 'knamnguyen/trusthuman.io@0047d06a process/new-feed-shadow.css (a saved copy of linkedin.com\'s feed stylesheet, commit 41eaf596 2026-01-12 "new dom info": the .artdeco-toast-item rules; a stylesheet, not a toast seen on screen)',
    date: '2026-01-12',
  },
  'ytkit-2026-02': {
    ref: 'SysAdminDoc/YTKit@b043af1 YTKit.user.js (YouTube customization userscript, v1.2.0; lines of d7e61c7 2026-02-22 and e5dd4dd 2026-02-23: comments ytd-comment-view-model / ytd-comment-renderer with their #author-text, #content-text and #published-time-text a; the reply box #reply-dialog ytd-commentbox with #contenteditable-root and #submit-button)',
    date: '2026-02-22',
  },
  'aidcp-xhs-2026-07': {
    ref: "code-search 60805664255 (tommax-bai/aidcp real-machine acceptance backlog, cluster 16: a read-only CDP probe on xiaohongshu.com note detail pages on 2026-07-09, wide and narrow layouts; .date matched 12 nodes, the note's .bottom-container .date and 11 comment timestamps .comment-item .date, which edge 6cac9f7 then excluded)",
    date: '2026-07-09',
  },
  // Round 16 (2026-12-05, "evidence16"): jackwener/OpenCLI, a CLI whose site adapters drive the live pages through
  // a logged-in browser; pull-request refs fetched with their history (date = the commit that wrote the line; a
  // commit message or comment that records a live run is quoted).
  'opencli-weixin-2026-06': {
    ref: 'jackwener/OpenCLI refs/pull/1911/head @ae35139b clis/weixin/create-draft.js (2026-06-10, "repair create-draft for ProseMirror editor": the author field input#author, the body .rich_media_content .ProseMirror, the digest textarea#js_description; "Verified end-to-end: … creates a real draft"; the message also says title and body "moved from UEditor … to ProseMirror", #ueditor_0 kept only as a fallback)',
    date: '2026-06-10',
  },
  'opencli-weixin-sticker-2026-07': {
    ref: 'jackwener/OpenCLI refs/pull/2107/head @dd87cd2c clis/weixin/create-sticker.js (2026-07-08, a 贴图 draft on appmsg_edit_v2&createType=8: its description typed into .share-text__input .ProseMirror, saved by #js_submit button, else the element reading 保存为草稿)',
    date: '2026-07-08',
  },
  'opencli-weixin-tips-2026-07': {
    ref: 'jackwener/OpenCLI refs/pull/2105/head @f87d8f77 clis/weixin/create-draft.js (2026-07-08, "Wait for Weixin draft image upload": the editor\'s error text read from .weui-desktop-tips, .weui-desktop-toast, .js_msgSenderTips)',
    date: '2026-07-08',
  },
  'opencli-yt-studio-2026-07': {
    ref: 'jackwener/OpenCLI refs/pull/2264/head @b22202c3 clis/youtube/publish.js (2026-07-04, "all verified live via CDP against a logged-in Studio": the upload dialog is document.querySelector(\'ytcp-uploads-dialog\') (Shady DOM, so in the light DOM), its workflow-step attribute, #next-button and #done-button inside it; "Verified end-to-end … returns ok:true with a watch URL")',
    date: '2026-07-04',
  },
  'opencli-tiktok-2026-07': {
    ref: 'jackwener/OpenCLI refs/pull/2264/head @79c26e84 clis/tiktok/publish.js (its comment: "Probe (2026-07-02, immediate mode): the real submit is <button data-e2e="post_video_button">Post</button>", the same button labelled Schedule when scheduling; kept by 538fe01a, 2026-07-24)',
    date: '2026-07-02',
  },
  'opencli-tiktok-caption-2026-07': {
    ref: 'jackwener/OpenCLI refs/pull/2264/head @538fe01a clis/tiktok/publish.js + publish.test.js (2026-07-24, "robust caption selectors": the caption is [data-e2e="caption-input"] or [data-e2e="caption"] [contenteditable]; its test models <div data-e2e="caption-input"><div role="textbox" contenteditable="plaintext-only">, noting TikTok has shipped both Draft.js contenteditable="true" and plaintext-only editors)',
    date: '2026-07-24',
  },
  'opencli-x-2026-08': {
    ref: 'jackwener/OpenCLI main @da3eb951 clis/twitter/{post,reply}.js (PR #2251, merged 2026-08-08, "require fresh post success evidence": after clicking [data-testid="tweetButtonInline"] / [data-testid="tweetButton"], a new visible [role="alert"] / [data-testid="toast"] reading sent/posted is the success signal)',
    date: '2026-08-08',
  },
  'wechat-draft-2026-09': {
    ref: 'code-search 69430714814 (a docx-to-WeChat skill\'s run record, "链路实测记录（2026-09-16）", on the ProseMirror editor: a new draft at appmsg_edit_v2&isNew=1 has textarea#title and the body .rich_media_content > .ProseMirror; the button inside span#js_submit saves it, the URL then carrying appmsgid)',
    date: '2026-09-16',
  },
  'sau-xxk8-xhs-2026-07': {
    ref: 'xxk8/social-auto-upload@3326b42 crawler/platforms/xhs/selectors.py (a fork\'s www.xiaohongshu.com crawler selectors, line of 8cc3aca 2026-07-21: NOTE_DETAIL_AUTHOR = ".author-wrapper .username"; the file says it was vendored from MediaCrawler\'s selector set and adjusted, so a dated line, not a logged run)',
    date: '2026-07-21',
  },
  // Round 16: browser-use/browser-harness domain skills (pull-request refs; date = the commit that wrote the line).
  'harness-tiktok-2026-06': {
    ref: 'browser-use/browser-harness refs/pull/369/head @6084100 agent-workspace/domain-skills/tiktok/engagement.md (2026-06-19, the selector playbook a social-media executor pins to, "supervised-first: confirm … against the live UI": comment composer div[contenteditable="true"][data-e2e="comment-input"], its Post button [data-e2e="comment-post"]; a playbook, not a logged run)',
    date: '2026-06-19',
  },
  'harness-fb-archival-2026-05': {
    ref: 'browser-use/browser-harness refs/pull/385/head @303ae0f agent-workspace/domain-skills/facebook/page-archival.md (2026-05-22, "captures patterns from a live archival session against a long-running community Page", "DOM anchors (verified during archival …)": a comment\'s timestamp link a[href*="comment_id="])',
    date: '2026-05-22',
  },
  'wechat-send-2026-08': {
    ref: 'code-search 58923413634 (a multi-platform uploader\'s WeChat OA platform: on the 发布编辑页 (appmsg_edit_v2) it clicks 「发表」 #js_send .mass_send, which opens the .mass-send dialog, then the dialog\'s 发表 in .mass-send__footer; its comments date the dialog runs "发表弹窗实测, 2026-08-28")',
    date: '2026-08-28',
  },
  'opencli-v1.8.6': {
    ref: 'jackwener/OpenCLI v1.8.6 (release tag 2026-07-04, after v1.8.4 2026-06-15 and v1.8.5 2026-06-28; the lines are still on main at 27ba33fc, 2026-08-09) clis/linkedin/posts-core.js and timeline.js (post text .feed-shared-update-v2__description / .update-components-text, lines of b6965a59 2026-05-23; reaction count .social-details-social-counts__reactions-count, line of 80eef46b 2026-04-05; both behind newer-layout fallbacks such as [role="listitem"]), clis/tiktok/like.js (the like count [data-e2e="like-count"], line of 70b1145b 2026-04-08), clis/xiaohongshu/note.js (a note\'s author .username, .author-wrapper .name, line of d2974a9f 2026-04-10)',
    date: '2026-07-04',
  },
  'wechat-publisher-2026-07': {
    ref: 'code-search 54937371052 (a WeChat OA publisher, its selector table "真实 DOM（2026-07 调试截图确认）": title textarea#title.js_title or the title ProseMirror, body the other div.ProseMirror ("新版公众号正文是 ProseMirror，不是旧 UEditor iframe"), 保存为草稿 #js_submit button > span.send_wording at the page bottom, 发表 #js_send button.mass_send; the month only, the 1st taken)',
    date: '2026-07-01',
  },
  'BE-v2.11.2': {
    ref: "the1812/Bilibili-Evolved v2.11.2 (release tag 2026-07-30, after v2.11.1 2026-07-29) still ships the older comment area's rules: registry/lib/components/style/simplify/comments/comments-v2.scss (.reply-box-textarea, .sub-user-name, .reply-time / .sub-reply-time), style/dark-mode/dark-slice-17.scss (.total-reply, .reply-box-textarea), utils/ip-show/index.ts (a comment's .reply-info>.reply-time / .sub-reply-info>.sub-reply-time, line of 3bdf8354d 2024-09-04, file touched 2026-07-03), style/dark-mode/dark-shadow-dom.scss (#user-name in the new comments' shadow roots); a release that ships the line, as round 15 counted Reddit Enhancement Suite, not a logged run",
    date: '2026-07-30',
  },
} as const satisfies Record<string, EvidenceSource>;

export type SourceKey = keyof typeof SOURCES;

/** The sources that confirm one selector group, newest relevance first. */
export type SelectorEvidence = readonly SourceKey[];

/** The newest dated source of a selector group, or undefined when none of its sources is dated. */
export function newestDate(evidence: SelectorEvidence | undefined): string | undefined {
  return (evidence ?? [])
    .map((key) => (SOURCES[key] as EvidenceSource).date)
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1);
}

export interface EvidenceProblem {
  adapter: string;
  selector: string;
  problem: 'none' | 'undated' | 'stale';
  /** The newest source date, for stale ones. */
  date?: string;
  ageDays?: number;
}

/** Selectors with no evidence, only undated evidence, or evidence older than `maxAgeDays` on `today`. */
export function evidenceProblems(
  adapters: ReadonlyArray<{
    id: string;
    selectors: Record<string, string>;
    evidence?: Partial<Record<string, SelectorEvidence>>;
  }>,
  today: Date,
  maxAgeDays = 180,
): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  for (const adapter of adapters) {
    for (const name of Object.keys(adapter.selectors)) {
      const evidence = adapter.evidence?.[name];
      if (!evidence || evidence.length === 0) {
        problems.push({ adapter: adapter.id, selector: name, problem: 'none' });
        continue;
      }
      const date = newestDate(evidence);
      if (!date) {
        problems.push({ adapter: adapter.id, selector: name, problem: 'undated' });
        continue;
      }
      const ageDays = Math.floor((today.getTime() - Date.parse(`${date}T00:00:00Z`)) / DAY_MS);
      if (ageDays > maxAgeDays)
        problems.push({ adapter: adapter.id, selector: name, problem: 'stale', date, ageDays });
    }
  }
  return problems;
}
