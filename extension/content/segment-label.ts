/**
 * A segment's display name: the default RFM segments are stored by their English names and translated
 * through _locales (`segChampions`, …); user-made segments keep their own names.
 */
export function segmentLabel(name: string): string {
  const key = 'seg' + name.replace(/[^A-Za-z0-9]/g, '');
  let message = '';
  try {
    message = chrome.i18n.getMessage(key);
  } catch {
    // Extension context gone (reloaded): show the stored name.
  }
  return message || name;
}
