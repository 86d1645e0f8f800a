// 待发送: the grid worker's outbox. A form marked data-outbox that is submitted while offline is kept in
// IndexedDB (photos compressed on the phone first) with an Idempotency-Key, and sent in order when the
// network returns (online event, every 30 s, on page load). A refusal (409 the case moved on, other 4xx)
// stays listed with the server's words until the worker retries or discards it: nothing is dropped silently.
(() => {
  const badge = document.querySelector('[data-outbox-badge]');
  if (!badge) return; // the field app is the grid worker's
  const en = document.documentElement.lang === 'en';
  const t = (zh, english) => (en ? english : zh);
  const MAX_EDGE = 1600;
  const QUALITY = 0.72;
  let sending = false;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', {scope: '/'}).catch(() => {});
  }

  function db() {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('redgrid-outbox', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('items', {keyPath: 'id', autoIncrement: true});
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  }

  async function store(mode, work) {
    const database = await db();
    return new Promise((resolve, reject) => {
      const tx = database.transaction('items', mode);
      const result = work(tx.objectStore('items'));
      tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      tx.onerror = () => reject(tx.error);
    });
  }

  const all = () => store('readonly', items => items.getAll());
  const put = item => store('readwrite', items => items.put(item));
  const remove = id => store('readwrite', items => items.delete(id));

  function uuid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map(x => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** A photo made smaller on the phone: longest edge at most 1600 px, JPEG. */
  async function compress(file) {
    try {
      const bitmap = await createImageBitmap(file);
      const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
      if (!blob || blob.size >= file.size) return {blob: file, name: file.name};
      return {blob, name: file.name.replace(/\.[^.]*$/, '') + '.jpg'};
    } catch (unreadable) {
      return {blob: file, name: file.name}; // the server says what is wrong with it
    }
  }

  async function enqueue(form, submitter) {
    const data = new FormData(form, submitter);
    const fields = [];
    for (const [name, value] of data.entries()) {
      if (name === '_csrf') continue;
      if (value instanceof File) {
        if (!value.size) continue;
        const photo = value.type.startsWith('image/') ? await compress(value) : {blob: value, name: value.name};
        fields.push({name, value: photo.blob, filename: photo.name});
      } else {
        fields.push({name, value});
      }
    }
    const title = form.querySelector('[name=title]');
    const key = uuid();
    // The report form's own one-time key goes with the outbox key, so two offline reports stay two.
    fields.filter(field => field.name === 'key').forEach(field => { field.value = key; });
    await put({
      key,
      url: form.getAttribute('action') || location.pathname,
      label: form.dataset.outboxLabel || (title && title.value) || document.title,
      fields,
      state: 'waiting',
      createdAt: Date.now(),
    });
  }

  function csrf() {
    const token = document.querySelector('meta[name=_csrf]');
    const header = document.querySelector('meta[name=_csrf_header]');
    return token && header ? {[header.content]: token.content} : {};
  }

  /** The server's words from a refused answer: a problem's detail, or the error text of a page. */
  async function problemOf(response) {
    const type = response.headers.get('Content-Type') || '';
    const text = await response.text();
    if (type.includes('json')) {
      try {
        const problem = JSON.parse(text);
        return problem.detail || problem.title || text.slice(0, 200);
      } catch (notJson) { /* fall through */ }
    }
    const page = new DOMParser().parseFromString(text, 'text/html');
    const error = page.querySelector('[role=alert], .error, .problem, main p');
    return `${response.status} ${(error ? error.textContent : page.title).trim().slice(0, 200)}`;
  }

  async function send(item) {
    const body = new FormData();
    for (const field of item.fields) {
      if (field.filename) body.append(field.name, field.value, field.filename);
      else body.append(field.name, field.value);
    }
    const response = await fetch(item.url, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: {'Idempotency-Key': item.key, ...csrf()},
    });
    if (new URL(response.url).pathname === '/login') {
      return {...item, state: 'waiting', problem: t('请重新登录后发送', 'log in again to send')};
    }
    if (response.ok) {
      return {...item, state: 'sent', sentAt: Date.now(), result: new URL(response.url).pathname, problem: null};
    }
    return {...item, state: 'failed', status: response.status, problem: await problemOf(response)};
  }

  async function flush() {
    if (sending || !navigator.onLine) return;
    sending = true;
    try {
      const items = (await all()).filter(item => item.state === 'waiting').sort((a, b) => a.id - b.id);
      for (const item of items) {
        let after;
        try {
          after = await send(item);
        } catch (offline) {
          break; // no network after all: keep the order, try again later
        }
        await put(after);
        if (after.state === 'waiting') break;
      }
      const day = Date.now() - 24 * 3600 * 1000;
      for (const item of await all()) if (item.state === 'sent' && item.sentAt < day) await remove(item.id);
    } finally {
      sending = false;
      await render();
    }
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    if (text != null) node.textContent = text;
    return node;
  }

  async function render() {
    const items = await all();
    const open = items.filter(item => item.state !== 'sent');
    badge.textContent = `${t('待发送', 'To send')} ${open.length}`;
    badge.classList.toggle('outbox-busy', open.length > 0);
    let panel = document.getElementById('outbox');
    if (!panel) {
      panel = element('section', {id: 'outbox', class: 'card outbox', 'aria-live': 'polite'});
      const main = document.querySelector('main') || document.body;
      main.insertBefore(panel, main.firstChild);
    }
    panel.hidden = items.length === 0 && !document.body.hasAttribute('data-outbox-page');
    panel.replaceChildren(element('h2', {}, `${t('待发送', 'Waiting to send')} ${open.length}`));
    const list = element('ul', {class: 'outbox-list'});
    for (const item of items.sort((a, b) => b.id - a.id)) {
      const row = element('li', {class: `outbox-${item.state}`, 'data-key': item.key});
      row.append(element('b', {}, item.label));
      const when = new Date(item.sentAt || item.createdAt);
      const state = {
        waiting: t('等待网络', 'waiting for the network'),
        sent: t('已发送', 'sent'),
        failed: t('未被接受', 'not accepted'),
      }[item.state];
      row.append(element('small', {}, ` ${state} · ${when.toLocaleTimeString(en ? 'en' : 'zh-CN',
          {hour: '2-digit', minute: '2-digit'})}`));
      if (item.result) {
        row.append(' ');
        row.append(element('a', {href: item.result}, t('查看', 'open')));
      }
      if (item.problem) row.append(element('p', {class: 'outbox-problem', role: 'alert'}, item.problem));
      if (item.state === 'failed') {
        const retry = element('button', {type: 'button', class: 'tap'}, t('重试', 'Retry'));
        retry.onclick = async () => {
          await put({...item, state: 'waiting', problem: null});
          flush();
        };
        const discard = element('button', {type: 'button', class: 'tap'}, t('放弃', 'Discard'));
        discard.onclick = async () => {
          if (confirm(t('放弃后此条不再发送，确定吗？', 'Discard this item for good?'))) {
            await remove(item.id);
            render();
          }
        };
        row.append(retry, discard);
      }
      list.append(row);
    }
    panel.append(list);
  }

  document.addEventListener('submit', async event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (form.getAttribute('action') === '/logout' || form.action.endsWith('/logout')) {
      navigator.serviceWorker && navigator.serviceWorker.controller
          && navigator.serviceWorker.controller.postMessage({type: 'forget'});
      return;
    }
    if (!form.hasAttribute('data-outbox') || navigator.onLine) return;
    event.preventDefault();
    event.stopPropagation(); // htmx would try the network and fail
    await enqueue(form, event.submitter);
    form.reset();
    const details = form.closest('details');
    if (details) details.open = false;
    await render();
    document.getElementById('outbox').scrollIntoView({block: 'nearest'});
  }, true);

  window.addEventListener('online', flush);
  setInterval(flush, 30000);
  render().then(flush);
})();
