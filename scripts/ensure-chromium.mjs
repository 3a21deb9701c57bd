// Finds Chromium for the browser tests, installing Debian's package when run as root on
// Debian or Ubuntu. Never downloads a browser build of its own. Prints the path.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const found = () => candidates.find((p) => existsSync(p));

let path = found();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian package "chromium" with apt-get...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core', { stdio: 'inherit' });
    path = found();
  }
  if (!path) {
    console.error(
      'The browser tests need Chromium. Install the Debian/Ubuntu package "chromium" (sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
}
console.log(`Chromium: ${path}`);
