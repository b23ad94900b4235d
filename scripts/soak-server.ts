/**
 * The long server soak (issue 6): thousands of edits, opens and closes through the real server over
 * stdio, with the last version's diagnostics checked after every burst and the server's memory bounded.
 * The server's heap is capped (heapMb) so a leak shows as an out-of-memory exit, not as V8's lazy growth.
 * Run: npx tsx scripts/soak-server.ts [rounds=40] [documents=5] [burst=20] [maxRssMb=400] [heapMb=96]
 */
import { soakServer } from '../test/robustness/server-soak';

const [rounds = 40, documents = 5, burst = 20, maxRssMb = 400, heapMb = 96] = process.argv.slice(2).map(Number);

soakServer({ rounds, documents, burst, maxRssMb, serverHeapMb: heapMb, log: (line) => console.log(line) }).then(
  (r) => {
    const first = r.rssMb[0];
    const last = r.rssMb[r.rssMb.length - 1];
    console.log(`soak-server: ${r.edits} edits, ${r.opens} opens, ${r.closes} closes in ${(r.ms / 1000).toFixed(1)} s; RSS ${first.toFixed(0)} → ${last.toFixed(0)} MB (max ${Math.max(...r.rssMb).toFixed(0)} MB)`);
  },
  (error) => {
    console.error(`soak-server: FAILED: ${error?.stack ?? error}`);
    process.exitCode = 1;
  },
);
