// dangjian-workflow: Simplified Chinese by default, English on request.
// Camunda 7.24 uses the browser language only if it is listed in
// availableLocales (otherwise fallbackLocale) and has no language menu, so
// only the chosen locale is listed. Open any webapp URL with ?lang=en (or
// #/...?lang=en) to switch all webapps to English; ?lang=zh switches back.
// The choice is kept in localStorage under LOCALE_STORAGE_KEY.
const LOCALE_STORAGE_KEY = 'dangjian.webapp.locale';
export const SUPPORTED_LOCALES = ['zh', 'en'];
export const DEFAULT_LOCALE = 'zh';

export function chosenLocale() {
  try {
    const hashQuery = window.location.hash.split('?')[1] || '';
    const params = new URLSearchParams(window.location.search + '&' + hashQuery);
    const requested = (params.get('lang') || '').toLowerCase();
    if (SUPPORTED_LOCALES.includes(requested)) {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, requested);
    }
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return SUPPORTED_LOCALES.includes(stored) ? stored : DEFAULT_LOCALE;
  } catch (e) {
    return DEFAULT_LOCALE;
  }
}
