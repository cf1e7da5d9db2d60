import type { ImportProgress } from '../../../core/import/types.ts';

interface Props {
  busy: boolean;
  progress?: ImportProgress;
  onFiles(files: File[]): void;
  /** Generates and imports the demo shop's data. */
  onDemo(): void;
  onCancel(): void;
}

export function ImportPanel({ busy, progress, onFiles, onDemo, onCancel }: Props) {
  return (
    <div class="toolbar">
      <label class="file-button">
        Import CSV/JSON
        <input
          type="file"
          multiple
          accept=".csv,.tsv,.txt,.json,text/csv,application/json"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </label>
      <button type="button" class="demo-button" disabled={busy} onClick={onDemo} title="About 10,000 customers and 100,000 orders of a made-up shop">
        Load demo data
      </button>
      {progress && (
        <>
          <progress aria-label="Import progress" max={1} value={progress.fraction ?? undefined} data-phase={progress.phase}>
            {progress.phase}
          </progress>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      )}
    </div>
  );
}
