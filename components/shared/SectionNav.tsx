import type { MouseEvent } from 'react';

export interface NavTarget {
  /** The DOM id of the section to jump to (a heading, a section, or a `<details>` that is opened first). */
  id: string;
  label: string;
}

/**
 * Jump links to a long page's sections (a table of contents that sticks to the top while the page scrolls).
 * The dashboard routes on the URL hash (#kit, #reports/90), so a click scrolls and moves focus itself instead
 * of changing the hash; the keyboard path is Tab to a link and Enter, and focus lands on the section's heading.
 */
export function SectionNav(props: {
  label: string;
  testId: string;
  targets: NavTarget[];
  className?: string;
}) {
  const jump = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    const target = document.getElementById(id);
    if (!target) return;
    if (target instanceof HTMLDetailsElement) target.open = true;
    const focusable =
      target instanceof HTMLDetailsElement
        ? target.querySelector('summary')
        : (target.querySelector<HTMLElement>('h2, h3, h4') ?? target);
    if (focusable && focusable.tabIndex < 0 && !focusable.hasAttribute('tabindex')) focusable.tabIndex = -1;
    target.scrollIntoView({ block: 'start' });
    focusable?.focus({ preventScroll: true });
  };
  return (
    <nav
      className={props.className ? `ob-toc ${props.className}` : 'ob-toc'}
      aria-label={props.label}
      data-testid={props.testId}
    >
      <ul>
        {props.targets.map((target) => (
          <li key={target.id}>
            <a
              href={`#${target.id}`}
              data-testid="section-nav-link"
              data-target={target.id}
              onClick={(e) => jump(e, target.id)}
            >
              {target.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
