// The batch journey page of `anchor serve`: reads /ui/api/… (same origin; the session cookie or the browser's
// client certificate authenticates) and draws the supply graph with Cytoscape.js (served from the server's jar).
const $ = (id) => document.getElementById(id);
const api = (path) => '/ui/api/' + path;
let session = null;
let shown = null;
let live = null;
let graph = null;

async function call(path, options = {}) {
  const answer = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' }, ...options });
  if (answer.status === 204) return null;
  const body = await answer.json().catch(() => ({}));
  if (!answer.ok) {
    const error = new Error(body.detail || body.title || `${answer.status} ${answer.statusText}`);
    error.status = answer.status;
    throw error;
  }
  return body;
}

function say(text, isError = false) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text ?? '';
  if (className) td.className = className;
  return td;
}

function when(instant) {
  return instant ? new Date(instant).toLocaleString() : '';
}

// ---- session ----

async function loadSession() {
  try {
    const answer = await call(api('session'));
    session = answer.loggedIn ? answer : null;
  } catch (e) {
    session = null;
  }
  $('who').hidden = !session;
  $('login').hidden = !!session;
  if (session) {
    $('who-org').textContent = session.mspId;
    $('who-user').textContent = `(${session.subject}${session.by === 'certificate' ? ', by its certificate' : ''})`;
    $('logout').hidden = session.by === 'certificate';
  }
  $('find').querySelectorAll('input, button').forEach((el) => { el.disabled = !session; });
  if (!session) say('Log in with an access token of this server to read the ledger.');
}

$('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    await call('/ui/login', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: $('token').value }) });
    $('token').value = '';
    await loadSession();
    say(`Logged in as ${session.mspId}.`);
    $('q').focus();
  } catch (e) {
    say(`Login refused: ${e.message}`, true);
  }
});

$('logout').addEventListener('click', async () => {
  await call('/ui/logout', { method: 'POST' });
  stopLive();
  $('batch').hidden = true;
  await loadSession();
  $('token').focus();
});

// ---- find ----

$('find').addEventListener('submit', (event) => {
  event.preventDefault();
  find($('q').value);
});

async function find(text) {
  $('choices').hidden = true;
  say('Looking…');
  try {
    const found = await call(api('find?q=' + encodeURIComponent(text)));
    if (found.problem) {
      $('batch').hidden = true;
      stopLive();
      say(found.problem, true);
    } else if (found.batchIds.length === 1) {
      await show(found.batchIds[0]);
    } else {
      say(`${found.readAs}: ${found.batchIds.length} batches; choose one.`);
      const list = $('choices');
      list.replaceChildren(...found.batchIds.map((id) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = id;
        button.addEventListener('click', () => show(id));
        li.append(button);
        return li;
      }));
      list.hidden = false;
    }
  } catch (e) {
    $('batch').hidden = true;
    say(e.message, true);
  }
}

// ---- one batch ----

async function show(batchId, { quiet = false } = {}) {
  const view = await call(api('batches/' + encodeURIComponent(batchId))).catch((e) => { say(e.message, true); return null; });
  if (!view) return;
  const first = shown !== batchId;
  shown = batchId;
  const batch = view.batch;
  $('batch').hidden = false;
  $('batch-title').textContent = `${batch.productName} · batch ${batch.batchId}`;
  facts(batch);
  verdict(view.trace.verification);
  recall(view);
  holders(view);
  timeline(view.trace.events, quiet);
  evidence(view.evidence);
  epcis(view.trace.epcisEvents);
  const id = encodeURIComponent(batchId);
  $('proof').href = api(`batches/${id}/proof`);
  $('export').href = api(`batches/${id}/epcis`);
  drawGraph(view);
  say(`Batch ${batchId}: ${view.trace.events.length} events.`);
  if (first || !live) follow(view);
  if (first && !quiet) $('batch-title').focus?.();
}

function facts(batch) {
  const rows = [
    ['GTIN', batch.gtin], ['Quantity', `${batch.quantity} ${batch.unit}` + (batch.remaining != null && batch.remaining !== batch.quantity ? ` (${batch.remaining} left)` : '')],
    ['Produced', `by ${batch.producer} at ${batch.site}, ${when(batch.producedAt)}`], ['Held by', batch.custodian],
  ];
  if (batch.pendingHandoff) rows.push(['Handoff pending to', batch.pendingHandoff.to]);
  if (batch.packedIn) rows.push(['Packed in SSCC', batch.packedIn]);
  $('facts').replaceChildren(...rows.flatMap(([k, v]) => {
    const dt = document.createElement('dt'); dt.textContent = k;
    const dd = document.createElement('dd'); dd.textContent = v;
    return [dt, dd];
  }));
}

function verdict(v) {
  const p = $('verdict');
  p.className = 'verdict ' + (v.intact ? 'ok' : 'bad');
  p.textContent = v.intact ? `Hash chain intact: ${v.eventsChecked} events verified.`
    : `Hash chain broken at event ${v.brokenAtSeq}: ${v.problem}`;
}

function recall(view) {
  const r = view.batch.recall;
  const status = $('recall-status');
  status.className = r ? 'recalled' : '';
  status.textContent = !r ? 'Not recalled.'
    : `Recalled${r.recallOf !== view.batch.batchId ? ` through ${r.recallOf}` : ''}: ${r.reason} (by ${r.recalledBy}, ${when(r.recalledAt)}). `
      + (r.acknowledgedBy ? `Acknowledged by ${r.acknowledgedBy}, ${when(r.acknowledgedAt)}.` : 'Not acknowledged yet.');
  const ack = $('acknowledge');
  ack.hidden = !view.viewer.mayAcknowledgeRecall;
  const table = $('recall-table');
  const report = view.recallReport;
  $('recall-table-box').hidden = !report;
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const node of report?.affected ?? []) {
    const row = body.insertRow();
    cell(row, node.batchId); cell(row, node.productName); cell(row, node.custodian);
    cell(row, node.recall?.acknowledgedBy ? `yes, ${when(node.recall.acknowledgedAt)}` : 'no');
  }
}

$('acknowledge').addEventListener('click', async () => {
  try {
    const done = await call(api(`batches/${encodeURIComponent(shown)}/recall-acknowledgement`), { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: '{}' });
    say(`Recall acknowledged (transaction ${done.transactionId}).`);
    await show(shown, { quiet: true });
  } catch (e) {
    say(`Not acknowledged: ${e.message}`, true);
  }
});

function related(view) {
  const nodes = new Map();
  for (const [graphOf, relation] of [[view.back, 'input'], [view.forward, 'made from it']]) {
    for (const n of graphOf?.nodes ?? []) {
      if (!nodes.has(n.batchId)) nodes.set(n.batchId, { ...n, relation: n.batchId === view.batch.batchId ? 'this batch' : relation });
    }
  }
  const edges = new Map();
  for (const e of [...(view.back?.edges ?? []), ...(view.forward?.edges ?? [])]) edges.set(`${e.input}>${e.output}`, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function holders(view) {
  const body = $('holders').tBodies[0];
  body.replaceChildren();
  for (const n of related(view).nodes) {
    const row = body.insertRow();
    cell(row, n.batchId); cell(row, n.relation); cell(row, n.productName);
    cell(row, n.custodian + (n.pendingTo ? ` (handoff to ${n.pendingTo} pending)` : ''));
    cell(row, n.recall ? (n.recall.acknowledgedBy ? 'recalled, acknowledged' : 'recalled') : '');
  }
}

function drawGraph(view) {
  const { nodes, edges } = related(view);
  const elements = [
    ...nodes.map((n) => ({ data: { id: n.batchId, label: `${n.batchId}\n${n.custodian}`, kind: n.relation, recalled: n.recall ? 'yes' : 'no' } })),
    ...edges.map((e) => ({ data: { id: `${e.input}>${e.output}`, source: e.input, target: e.output, label: `${e.quantity} ${e.unit}` } })),
  ];
  if (graph) graph.destroy();
  if (typeof cytoscape !== 'function') {
    $('graph').textContent = 'The graph could not be drawn; the table below lists the same batches.';
    return;
  }
  graph = cytoscape({
    container: $('graph'),
    elements,
    layout: { name: 'breadthfirst', directed: true, padding: 20, spacingFactor: 1.1 },
    userPanningEnabled: true, userZoomingEnabled: false, boxSelectionEnabled: false,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'text-wrap': 'wrap', 'text-valign': 'bottom', 'font-size': 11,
        'background-color': '#0550ae', width: 22, height: 22 } },
      { selector: 'node[kind = "this batch"]', style: { 'background-color': '#f59e0b', width: 30, height: 30 } },
      { selector: 'node[recalled = "yes"]', style: { 'border-width': 4, 'border-color': '#a40e26' } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 2, label: 'data(label)',
        'font-size': 9, 'line-color': '#8c959f', 'target-arrow-color': '#8c959f' } },
    ],
  });
  graph.on('tap', 'node', (event) => { const id = event.target.id(); if (id !== shown) show(id); });
}

const WHAT = {
  PRODUCED: 'Produced', HANDOFF_INITIATED: 'Handoff offered', HANDOFF_ACCEPTED: 'Handoff accepted',
  HANDOFF_REJECTED: 'Handoff rejected', PACKED: 'Packed', UNPACKED: 'Unpacked', CONSUMED: 'Consumed',
  TRANSFORMED: 'Made by transformation', RECALLED: 'Recalled', RECALL_ACKNOWLEDGED: 'Recall acknowledged',
  EVIDENCE_ATTACHED: 'Evidence attached',
};
let seenEvents = 0;

// Who acted: the organisation, and the common name of the certificate that signed (events recorded since the
// chaincode keeps the certificate's subject, RFC 2253: "CN=alice@manufacturer.anchor.local,OU=client,...").
function who(e) {
  const cn = /(?:^|,)CN=((?:[^,\\]|\\.)*)/.exec(e.actorSubject ?? '');
  return cn ? `${e.actor} (${cn[1].replace(/\\(.)/g, '$1')})` : e.actor;
}

function timeline(events, highlightNew) {
  const list = $('timeline');
  list.replaceChildren(...events.map((e, i) => {
    const li = document.createElement('li');
    li.dataset.type = e.type;
    if (highlightNew && i >= seenEvents) li.className = 'new';
    const what = document.createElement('div');
    what.className = 'what';
    const d = e.details ?? {};
    const detail = d.to ? ` ${d.from ?? ''} → ${d.to}` : d.reason ? `: ${d.reason}` : d.output ? ` into ${d.output}` : d.sscc ? ` (SSCC ${d.sscc})` : '';
    what.textContent = `${e.seq}. ${WHAT[e.type] ?? e.type}${detail}`;
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = `by ${who(e)}, ${when(e.timestamp)} · signed in transaction ${e.txId}`;
    li.append(what, meta);
    return li;
  }));
  seenEvents = events.length;
}

function evidence(items) {
  const body = $('evidence-table').tBodies[0];
  body.replaceChildren();
  for (const e of items) {
    const row = body.insertRow();
    cell(row, e.sha256, 'hash'); cell(row, `${e.mediaType ?? ''}, ${e.size ?? '?'} bytes`); cell(row, e.attachedBy); cell(row, when(e.attachedAt));
  }
  if (!items.length) cell(body.insertRow(), 'No evidence attached.').colSpan = 4;
}

function epcis(events) {
  const body = $('epcis-table').tBodies[0];
  body.replaceChildren();
  for (const e of events) {
    const row = body.insertRow();
    cell(row, e.type); cell(row, e.eventTime); cell(row, e.capturedBy); cell(row, e.eventId, 'hash');
  }
  if (!events.length) cell(body.insertRow(), 'No EPCIS events captured for this batch.').colSpan = 4;
}

// ---- check a file ----

async function check(file) {
  const out = $('check');
  out.className = '';
  out.textContent = `Hashing ${file.name}…`;
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  try {
    const found = await call(api(`batches/${encodeURIComponent(shown)}/evidence/${sha256}`));
    out.className = found.attached ? 'verdict ok' : 'verdict bad';
    out.textContent = found.attached
      ? `${file.name} matches the evidence of ${shown} (SHA-256 ${sha256}).`
      : `${file.name} does not match any evidence of ${shown} (SHA-256 ${sha256}).`;
  } catch (e) {
    out.className = 'error';
    out.textContent = e.message;
  }
}

const drop = $('drop');
drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const file = event.dataTransfer?.files?.[0];
  if (file) check(file);
});
$('file').addEventListener('change', () => { const file = $('file').files[0]; if (file) check(file); });

// ---- live ----

function stopLive() {
  if (live) live.close();
  live = null;
}

function follow(view) {
  stopLive();
  const ids = related(view).nodes.map((n) => n.batchId);
  if (!ids.includes(view.batch.batchId)) ids.push(view.batch.batchId);
  live = new EventSource(api('live?' + ids.map((id) => 'batch=' + encodeURIComponent(id)).join('&')));
  live.addEventListener('ready', () => { $('live').textContent = 'Live: new events appear here as they commit.'; });
  live.addEventListener('ledger', async (message) => {
    const e = JSON.parse(message.data);
    $('live').textContent = `Live: ${WHAT[e.type] ?? e.type} on ${e.batchId} by ${e.actor} committed in block ${e.blockNumber}.`;
    await show(shown, { quiet: true });
  });
  live.onerror = () => { $('live').textContent = 'Live: reconnecting…'; };
}

// ---- scan a QR code (where the browser has BarcodeDetector and a camera) ----

if ('BarcodeDetector' in window && navigator.mediaDevices?.getUserMedia) {
  $('scan').hidden = false;
  $('scan').addEventListener('click', async () => {
    const video = $('camera');
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch (e) {
      say(`No camera: ${e.message}`, true);
      return;
    }
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    const detector = new BarcodeDetector({ formats: ['qr_code', 'data_matrix'] });
    say('Point the camera at the QR code.');
    const stop = () => { stream.getTracks().forEach((t) => t.stop()); video.hidden = true; };
    const look = async () => {
      const codes = await detector.detect(video).catch(() => []);
      if (codes.length) {
        stop();
        $('q').value = codes[0].rawValue;
        find(codes[0].rawValue);
      } else if (!video.hidden) {
        requestAnimationFrame(look);
      }
    };
    look();
  });
}

loadSession().then(() => {
  const q = new URLSearchParams(location.search).get('q');
  if (q && session) { $('q').value = q; find(q); }
});
