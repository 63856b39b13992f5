// Tests never see the user's refreshed data (`prodguard data refresh` writes to $XDG_CACHE_HOME/prodguard, and runs
// prefer it): every test process points the cache at a folder that does not exist, unless a test sets its own.
import { tmpdir } from 'node:os'
import { join } from 'node:path'

process.env['XDG_CACHE_HOME'] = join(tmpdir(), 'prodguard-tests-no-user-cache')
