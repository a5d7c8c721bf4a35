/**
 * What a report section shows when the period has nothing for it: a sentence saying what would put data here
 * and, where there is one, a link to the place to do it, instead of an empty full-size chart.
 */
export function EmptyState(props: { testId: string; text: string; action?: { href: string; label: string } }) {
  return (
    <div className="rep-empty" data-testid={props.testId}>
      <p>{props.text}</p>
      {props.action && (
        <a href={props.action.href} data-testid="report-empty-action">
          {props.action.label}
        </a>
      )}
    </div>
  );
}
