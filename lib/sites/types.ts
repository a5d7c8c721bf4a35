import type { PlatformId } from '@/lib/platforms';
import type { SelectorEvidence } from './evidence';

// A site adapter knows one site's pages: where its compose/reply boxes are, which control submits them, how the
// site confirms a publish and what the thread around a reply says. One file per site; registry.ts lists them.

export type BoxRole = 'post' | 'reply' | 'comment';
/** Which field of a post a box is, for per-field platform limits (Xiaohongshu title 20, body 1,000 …). */
export type BoxField = 'body' | 'title' | 'author' | 'digest' | 'comment';

export interface BoxMatch {
  role: BoxRole;
  field: BoxField;
  /** The element around the box that also holds its submit control (a form, a dialog, a comment footer). */
  container: Element;
}

export interface ThreadContext {
  /** The display name or handle of the person being answered. */
  author?: string;
  /** When the answered comment was posted (ms since epoch), where the page shows it. */
  at?: number;
  /** Permalink of the answered comment or post. */
  url?: string;
  /** The answered comment's text (for feedback tagging and template variables). */
  text?: string;
  /** A comment is answered (the publish is a reply) through a box the site shares with the post's own comments. */
  answersComment?: boolean;
}

export interface EngagementCounts {
  replies?: number;
  reposts?: number;
  likes?: number;
  views?: number;
  favourites?: number;
}

export interface SiteAdapter {
  id: PlatformId;
  /** Display name in both languages. */
  name: { en: string; zh: string };
  /** Hostnames this adapter serves (subdomains included). */
  hosts: string[];
  /** Example URLs (used by tests and docs), one per page kind. */
  testUrls: string[];
  /** Page kind for a URL ('home', 'post', 'compose', 'creator-publish' …), or null when not a page with boxes. */
  pageKind(url: URL): string | null;
  /** Recognises a focused editable element as one of the site's boxes; null when it is not one. */
  matchBox(editable: HTMLElement): BoxMatch | null;
  /** The control that publishes this box (the site's Post/Reply/发布 button). */
  submitControl(box: BoxMatch, editable: HTMLElement): HTMLElement | null;
  /** The site's keyboard submit (e.g. Ctrl/Cmd+Enter on X; Enter in Facebook comments). Always an Enter. */
  isSubmitKey(event: KeyboardEvent, box: BoxMatch): boolean;
  /**
   * For replies: who and what is being answered. `replyingTo` is the comment whose reply control the person clicked
   * last (see `replyTarget`), if any.
   */
  threadContext(box: BoxMatch, editable: HTMLElement, replyingTo?: Element | null): ThreadContext | null;
  /**
   * For replies and comments: the text of the comment or post answered, as the page shows it; panels keep clear of it.
   * `replyingTo` is the comment whose reply control the person clicked last (see `replyTarget`), if any: the
   * runtime passes it to every adapter (box-session.ts), an adapter of a site without a shared box ignores it.
   */
  answeredElement?(box: BoxMatch, editable: HTMLElement, replyingTo?: Element | null): Element | null;
  /**
   * Sites whose comments are answered through one shared box: the comment a click on `clicked` replies to (the click
   * landed on that comment's reply control), else null.
   */
  replyTarget?(clicked: Element): Element | null;
  /** After a submit: true once the site shows the published item (with its text), for publish confirmation. */
  confirmsPublish(text: string, document: Document): boolean;
  /** On a post page of the brand's own post: the counts the page shows. */
  engagement?(document: Document, url: URL): { postId: string; counts: EngagementCounts } | null;
  /** On a post page: the handle of the post's author as the page shows it (for "is this one of the brand's posts"). */
  postAuthor?(document: Document, url: URL): string | null;
  /** The comments of the thread on this page, one element per comment (what the feedback tagger tags). */
  comments?(document: Document): Element[];
  /**
   * The thread's comments a change at `nodes` touches: those at or inside a node, and the one a node sits in; [] for a
   * change outside the thread. The reply queue reads only these after a mutation instead of calling `comments()`.
   */
  commentsIn?(nodes: readonly Element[], document: Document): Element[];
  /** One comment's author, time, permalink and text (the same shape threadContext gives for the comment answered). */
  commentContext?(comment: Element): ThreadContext;
  /** The selectors this adapter depends on, to report "structure changed" when one finds nothing. */
  selectors: Record<string, string>;
  /**
   * Selectors found by role and label (a button reading 发布): the label a match must read. Site health counts such a
   * selector as found only when a match reads it, so a missing labelled control is named, not hidden by other buttons.
   */
  selectorLabels?: Partial<Record<string, RegExp>>;
  /** Where each selector group was confirmed on the live site (sources in evidence.ts); `npm run sites:evidence` lists gaps. */
  evidence?: Partial<Record<string, SelectorEvidence>>;
}
