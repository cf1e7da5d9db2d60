import { defineMessages } from '../i18n/messages.ts';

export const updateMessages = defineMessages({
  en: {
    available: 'A new version of Segmenta is available.',
    reload: 'Reload',
    later: 'Later',
    reloading: 'Reloading…',
  },
  ru: {
    available: 'Доступна новая версия Segmenta.',
    reload: 'Обновить',
    later: 'Позже',
    reloading: 'Перезагрузка…',
  },
});
