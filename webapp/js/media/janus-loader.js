// Loads Janus's JavaScript library (vendor/janus.js) and the WebRTC adapter it expects as the
// global `adapter` (vendor/adapter.js), as classic scripts of this origin, once, and only when a
// page shows video; every other page never downloads them.

let loading = null;

function classicScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = false; // the adapter must run before janus.js reads it
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(script);
  });
}

/** Resolves with the initialised `Janus` object. */
export function loadJanus() {
  if (!loading) {
    const base = new URL('./vendor/', import.meta.url);
    loading = Promise.all([classicScript(new URL('adapter.js', base).href), classicScript(new URL('janus.js', base).href)])
      .then(() => new Promise((resolve) => {
        const Janus = window.Janus;
        Janus.init({ debug: false, dependencies: Janus.useDefaultDependencies(), callback: () => resolve(Janus) });
      }))
      .catch((error) => { loading = null; throw error; });
  }
  return loading;
}
