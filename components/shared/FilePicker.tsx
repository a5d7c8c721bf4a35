/**
 * A labelled file input: hands the chosen file over and clears itself, so choosing the same file again (after
 * fixing it) is noticed. Only the label shows (base.css `.file-picker`): the browser's own "Choose File / No file
 * chosen" speaks the browser's language, not the UI's.
 */
export function FilePicker(props: {
  label: string;
  accept: string;
  testId: string;
  onFile(file: File): void;
}) {
  return (
    <label className="file-picker">
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
