import { LocationProvider, Route, Router } from 'preact-iso';
import { useT } from '../i18n/i18n-context.tsx';
import { CustomerScreen } from '../screens/customers/customer-screen.tsx';
import { CustomersScreen } from '../screens/customers/customers-screen.tsx';
import { DashboardScreen } from '../screens/dashboard/dashboard-screen.tsx';
import { ImportScreen } from '../screens/import/import-screen.tsx';
import { SchemesScreen } from '../screens/schemes/schemes-screen.tsx';
import { SegmentEditorScreen } from '../screens/segments/segment-editor-screen.tsx';
import { SegmentsScreen } from '../screens/segments/segments-screen.tsx';
import { SettingsScreen } from '../screens/settings/settings-screen.tsx';
import { SyncScreen } from '../screens/sync/sync-screen.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { Nav } from './nav.tsx';
import { NotFound } from './not-found.tsx';
import { shellMessages } from './shell-messages.ts';
import { StatusLine } from './status-line.tsx';

/** The app's frame: top bar (name, status, language), sections, and the routed screen. */
export function Shell() {
  const t = useT(shellMessages);
  return (
    <LocationProvider>
      <div class="shell">
        <a class="skip-link" href="#content">{t('skip')}</a>
        <header class="top-bar">
          <a class="brand" href="/">{t('appName')}</a>
          <StatusLine />
          <LanguageSwitch />
        </header>
        <Nav />
        <main id="content" tabIndex={-1}>
          <Router>
            <Route path="/" component={DashboardScreen} />
            <Route path="/customers" component={CustomersScreen} />
            <Route path="/customers/:id" component={CustomerScreen} />
            <Route path="/import" component={ImportScreen} />
            <Route path="/segments" component={SegmentsScreen} />
            <Route path="/segments/:id" component={SegmentEditorScreen} />
            <Route path="/schemes" component={SchemesScreen} />
            <Route path="/settings" component={SettingsScreen} />
            <Route path="/sync" component={SyncScreen} />
            <Route default component={NotFound} />
          </Router>
        </main>
      </div>
    </LocationProvider>
  );
}
