// Files behind sign-in (calendar invitations, letters, documents) cannot be plain links:
// the browser would not send the token. They are fetched with it and saved from memory.

import { ApiError, getToken, whileBusy } from './api.js';
import { currentLanguage } from './i18n.js';

function fileNameOf(response, fallback) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/** Fetches `path` (below api/) with the token and saves it under the server's file name or `fallback`. */
export function download(path, fallback) {
  return whileBusy(async () => {
    let response;
    try {
      response = await fetch(new URL(`api/${path}`, document.baseURI), {
        headers: { Authorization: `Bearer ${getToken()}`, 'Accept-Language': currentLanguage() },
      });
    } catch {
      throw new ApiError({ network: true });
    }
    if (!response.ok) {
      let problem = null;
      try { problem = await response.json(); } catch { /* not a problem document: the status must do */ }
      throw new ApiError({ status: response.status, problem });
    }
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement('a'), { href: url, download: fileNameOf(response, fallback) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}
