import type { EngineClient } from '../core/worker/client.ts';
import { EngineProvider } from './engine/engine-context.tsx';
import { I18nProvider } from './i18n/i18n-context.tsx';
import { Shell } from './shell/shell.tsx';
import { UpdateBanner } from './update/update-banner.tsx';

export function App({ engine }: { engine: EngineClient }) {
  return (
    <I18nProvider>
      <EngineProvider engine={engine}>
        <Shell />
        <UpdateBanner />
      </EngineProvider>
    </I18nProvider>
  );
}
