/** The site's dark mode, judged from the text colour of the box itself (sites theme without a standard flag). */
export function isDarkAround(element: Element | null | undefined): boolean {
  if (!element) return false;
  const [r, g, b] = (getComputedStyle(element).color.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b > 150;
}
