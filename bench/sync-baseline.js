// The sync figure's baseline (docs/PERFORMANCE.md): PouchDB's own replicator
// (pouchdb-replication over the HTTP adapter, the modules PouchDB Server itself is built from,
// installed in tests/sync-server) copying every record of one database of a PouchDB Server
// into a new database of the same server. Then the same replication again with nothing new,
// counting its HTTP requests. Our devices send records in bundles (docs/SYNC.md, "Bundles");
// the replicator copies the same records as a PouchDB app keeps them, one document each: each
// envelope is first taken out of its bundle into a database of its own, by a process of its own
// (not timed, and not in the replicator's peak memory):
//   node sync-baseline.js unbundle SERVER SOURCE_DB   < admin password
// writes SOURCE_DB-records, which the replication below copies.
//   node sync-baseline.js SERVER SOURCE_DB TARGET_DB   < admin password
// Prints "baseline copy_ms=T docs=N hwm_kb=K copy_requests=Q again_ms=T2 again_requests=R" (K: peak RSS).
'use strict';
const path = require('path');
const modules = path.join(__dirname, '..', 'tests', 'sync-server', 'node_modules');
const load = (name) => require(path.join(modules, name));
const PouchDB = load('pouchdb-core')
  .plugin(load('pouchdb-adapter-http'))
  .plugin(load('pouchdb-replication'));

// Every envelope of `bundled` as a document of its own in `flat`, with a revision of its own.
async function unbundle(bundled, flat) {
  const crypto = require('crypto');
  const rows = (await bundled.allDocs({ include_docs: true })).rows;
  const docs = [];
  for (const { doc } of rows) {
    for (const entry of doc.b || [doc]) {
      const rev = '1-' + crypto.createHash('md5').update(entry._id).digest('hex');
      docs.push({ _id: entry._id, _rev: rev, e: entry.e });
    }
  }
  await flat.bulkDocs(docs, { new_edits: false });
}

async function main() {
  const unbundling = process.argv[2] === 'unbundle';
  const [server, source, target] = process.argv.slice(unbundling ? 3 : 2);
  if (!server || !source || (!target && !unbundling)) {
    console.error('usage: node sync-baseline.js [unbundle] SERVER SOURCE_DB TARGET_DB < admin password');
    process.exit(2);
  }
  const password = require('fs').readFileSync(0, 'utf8').split('\n')[0];
  let requests = 0;
  const counting = (url, opts) => {
    requests++;
    return PouchDB.fetch(url, opts);
  };
  const open = (name) => new PouchDB(`${server}/${name}`,
    { auth: { username: 'admin', password }, fetch: counting });
  if (unbundling) {
    await unbundle(open(source), open(`${source}-records`));
    return;
  }
  const from = open(`${source}-records`);
  const to = open(target);
  let started = process.hrtime.bigint();
  const result = await PouchDB.replicate(from, to, { batch_size: 100 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const hwm = process.resourceUsage().maxRSS;
  const copyRequests = requests;
  requests = 0;
  started = process.hrtime.bigint();
  const again = await PouchDB.replicate(from, to, { batch_size: 100 });
  const emptyMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 'complete' || again.docs_written !== 0)
    throw new Error(`replication did not complete: ${JSON.stringify(result)}`);
  console.log(`baseline copy_ms=${ms.toFixed(2)} docs=${result.docs_written} hwm_kb=${hwm} ` +
              `copy_requests=${copyRequests} ` +
              `again_ms=${emptyMs.toFixed(2)} again_requests=${requests}`);
}

main().catch((e) => {
  console.error(`sync-baseline: ${e.message || e}`);
  process.exit(1);
});
