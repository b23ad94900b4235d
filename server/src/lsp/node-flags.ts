/**
 * The V8 flags the language server runs with (the client passes them when it starts the server; the
 * bench too, so it measures the server as the editor runs it).
 *
 * Without them, opening 2,000 letters left the server at about 250-310 MB of RSS around a live heap of
 * 54 MB, and it stayed there when idle: V8 grew the old generation up to four times its live size
 * before collecting it (the analyses each letter's check keeps a while are promoted, then die), and
 * its memory reducer did not run once the burst was over. A growing factor of 1.2 keeps the old
 * generation near its live size; a 4 MB semi-space (16 MB by default) keeps the young generation from
 * holding some 30 MB it rarely needs. Measured (npm run bench -- --only=lsp, back to back): RSS with
 * 2,000 letters open 285 -> 141-148 MB, one letter 140 -> 112 MB, at once and idle; a letter's
 * analysis in a loop within the noise of the machine (0.72-0.87 ms median either way).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--heap-growing-percent=20', '--max-semi-space-size=4'];
