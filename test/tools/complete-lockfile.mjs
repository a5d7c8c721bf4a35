// npm records in package-lock.json only the optional platform packages its registry could serve. Our registry
// mirror serves just this machine's platform (linux-x64), so a lockfile written here lacks e.g.
// @rollup/rollup-darwin-arm64, and `npm ci` then refuses the lockfile as out of sync. This adds the missing
// optional entries (version from the parent's optionalDependencies, os/cpu from the package name) so that
// `npm ci` accepts the lockfile and skips them on this platform. Run after any `npm install`:
//   node test/tools/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const OS = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'openbsd',
  'openharmony',
  'win32',
  'sunos',
  'aix',
  'netbsd',
  'cygwin',
];
const CPU = [
  'arm64',
  'arm',
  'x64',
  'ia32',
  'loong64',
  'ppc64',
  'riscv64',
  's390x',
  'mips64el',
  'wasm32',
  'universal',
];
const LIBC = ['gnu', 'musl', 'gnueabihf', 'musleabihf', 'msvc'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OS.includes(p) || p === 'windows' || p === 'win' || p === 'macos');
  const cpu = parts.find((p) => CPU.includes(p));
  const libc = parts.find((p) => LIBC.includes(p));
  const entry = {};
  if (os) entry.os = [os === 'windows' || os === 'win' ? 'win32' : os === 'macos' ? 'darwin' : os];
  if (cpu && cpu !== 'universal') entry.cpu = [cpu];
  if (os === 'linux' && (libc === 'gnu' || libc === 'musl')) entry.libc = [libc === 'gnu' ? 'glibc' : 'musl'];
  return entry;
}

let added = 0;
for (const [location, meta] of Object.entries(packages)) {
  for (const [dep, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = location ? `${location}/node_modules/${dep}` : `node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[base] || packages[hoisted]) continue;
    const version = spec.replace(/^[\^~=]/, '');
    if (!/^\d+\.\d+\.\d+/.test(version)) continue;
    packages[hoisted] = { version, dev: meta.dev || undefined, optional: true, ...platformOf(dep) };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entries`);
