/**
 * Registers the service worker (public/sw.js; the build fills in its file list), so pages
 * a person has opened, the presentations and the key words work offline. It runs after the
 * page has loaded, so it never competes with the page on a slow connection. Also links the
 * web app manifest on pages whose <head> does not link it yet.
 * Bundled by Astro as a file in /_astro/ (the Content-Security-Policy allows no inline script).
 */
if (!document.querySelector('link[rel="manifest"]')) {
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = '/manifest.webmanifest';
  document.head.append(link);
}

if ('serviceWorker' in navigator) {
  if (import.meta.env.PROD) {
    const register = () => {
      navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
        // Offline use is an extra: the site works the same without it.
        console.warn('Offline use is not available:', error);
      });
    };
    if (document.readyState === 'complete') register();
    else addEventListener('load', register, { once: true });
  } else {
    // Not in `astro dev`, where a worker would serve saved copies of files being edited; and
    // one left by `astro preview` on the same address is removed.
    void navigator.serviceWorker.getRegistrations().then((all) => Promise.all(all.map((r) => r.unregister())));
  }
}
