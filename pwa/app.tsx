import { useEffect } from 'preact/hooks';
import type { EngineClient } from '../core/worker/client.ts';
import { EngineProvider } from './engine/engine-context.tsx';
import { I18nProvider } from './i18n/i18n-context.tsx';
import { mark, SHELL_INTERACTIVE } from './perf/perf-marks.ts';
import { Shell } from './shell/shell.tsx';
import { UpdateBanner } from './update/update-banner.tsx';

export function App({ engine }: { engine: EngineClient }) {
  // Effects run after the first paint: the shell (nav, status line) is on screen and the page takes input.
  useEffect(() => mark(SHELL_INTERACTIVE), []);
  return (
    <I18nProvider>
      <EngineProvider engine={engine}>
        <Shell />
        <UpdateBanner />
      </EngineProvider>
    </I18nProvider>
  );
}
