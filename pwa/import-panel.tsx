import type { ImportProgress } from '../core/import/types.ts';

interface Props {
  busy: boolean;
  progress?: ImportProgress;
  onFiles(files: File[]): void;
  onCancel(): void;
}

export function ImportPanel({ busy, progress, onFiles, onCancel }: Props) {
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
