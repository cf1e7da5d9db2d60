import { useState } from 'preact/hooks';
import { useT } from '../../i18n/i18n-context.tsx';
import { importMessages } from './import-messages.ts';

interface Props {
  disabled: boolean;
  onFiles(files: File[]): void;
}

/** Pick files (several at once) or drop them on the zone. */
export function FileDropZone({ disabled, onFiles }: Props) {
  const t = useT(importMessages);
  const [over, setOver] = useState(false);
  return (
    <div
      class={`drop-zone${over ? ' drop-over' : ''}`}
      onDragOver={(e) => { e.preventDefault(); if (!disabled) setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = [...(e.dataTransfer?.files ?? [])];
        if (!disabled && files.length) onFiles(files);
      }}
    >
      <label class="file-button pick-button">
        {t('pick')}
        <input
          type="file"
          multiple
          accept=".csv,.tsv,.txt,.json,.ndjson,text/csv,application/json"
          disabled={disabled}
          onChange={(e) => {
            const input = e.currentTarget;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </label>
      <span class="drop-hint">{t('drop')}</span>
    </div>
  );
}
