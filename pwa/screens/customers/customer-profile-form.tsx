import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import type { Customer } from '../../../core/model/customer.ts';
import type { CustomerEdit } from '../../../core/worker/engine-api.ts';
import { useEngine } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { customerCardMessages } from './customer-card-messages.ts';

const TEXT_FIELDS = ['firstName', 'lastName', 'middleName', 'city', 'region', 'country'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/**
 * The editable profile and the delete button (with a confirmation step). Emails, phones and ids are
 * identity fields the import merges on, so they are not edited here.
 */
export function CustomerProfileForm({ customer, name }: { customer: Customer; name: string }) {
  const t = useT(customerCardMessages);
  const { engine, changed } = useEngine();
  const { route } = useLocation();
  const [note, setNote] = useState<{ text: string; error?: boolean }>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const text = (k: string) => String(form.get(k) ?? '').trim() || undefined;
    const edit: CustomerEdit = {};
    for (const k of TEXT_FIELDS) edit[k] = text(k);
    edit.birthDate = text('birthDate');
    edit.tags = [...new Set(String(form.get('tags') ?? '').split(',').map((s) => s.trim()).filter(Boolean))];
    edit.consent = form.get('consent') === 'on';
    setBusy(true);
    try {
      await engine.updateCustomer(customer.id, edit);
      setNote({ text: t('saved') });
      changed();
    } catch (error) {
      setNote({ text: t('saveFailed', { message: error instanceof Error ? error.message : String(error) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  const onDelete = async () => {
    setBusy(true);
    try {
      await engine.deleteCustomer(customer.id);
      changed();
      route('/customers');
    } catch (error) {
      setBusy(false);
      setNote({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  const label: Record<TextField, string> = {
    firstName: t('firstName'), lastName: t('lastName'), middleName: t('middleName'), city: t('city'), region: t('region'), country: t('country'),
  };
  return (
    <section aria-labelledby="card-profile" class="card-section">
      <h2 id="card-profile">{t('profile')}</h2>
      <form class="profile-form" onSubmit={onSubmit} key={customer.updatedAt}>
        {TEXT_FIELDS.map((k) => (
          <label key={k}>
            <span>{label[k]}</span>
            <input type="text" name={k} defaultValue={customer[k] ?? ''} />
          </label>
        ))}
        <label>
          <span>{t('birthDate')}</span>
          <input type="date" name="birthDate" defaultValue={customer.birthDate ?? ''} />
        </label>
        <label class="wide">
          <span>{t('tags')}</span>
          <input type="text" name="tags" defaultValue={customer.tags.join(', ')} />
        </label>
        <label class="check wide">
          <input type="checkbox" name="consent" defaultChecked={customer.consent === true} />
          <span>{t('consent')}</span>
        </label>
        <div class="form-actions wide">
          <button type="submit" class="primary" disabled={busy}>{t('save')}</button>
          {!confirming && <button type="button" class="danger" disabled={busy} onClick={() => setConfirming(true)}>{t('delete')}</button>}
        </div>
      </form>
      <p aria-live="polite" class={note?.error ? 'error' : 'summary'}>{note?.text ?? ''}</p>
      {confirming && (
        <div class="confirm-delete" role="alertdialog" aria-labelledby="confirm-delete-text">
          <p id="confirm-delete-text">{t('confirmDelete', { name })}</p>
          <button type="button" class="danger" disabled={busy} onClick={onDelete} autoFocus>{t('confirm')}</button>
          <button type="button" disabled={busy} onClick={() => setConfirming(false)}>{t('cancel')}</button>
        </div>
      )}
    </section>
  );
}
