/**
 * A labelled file input: hands the chosen file over and clears itself, so choosing the same file again (after
 * fixing it) is noticed.
 */
export function FilePicker(props: {
  label: string;
  accept: string;
  testId: string;
  className: string;
  onFile(file: File): void;
}) {
  return (
    <label className={props.className}>
      {props.label}
      <input
        type="file"
        accept={props.accept}
        data-testid={props.testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) props.onFile(file);
        }}
      />
    </label>
  );
}
