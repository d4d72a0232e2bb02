import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Actor } from '../domain/access/actor.js';
import type { Clock } from './clock.js';

/** What every use case may depend on; passed explicitly, never through a base class. */
export type Deps = { database: Database; clock: Clock; config: Config };

/** Who is acting and from where: feeds authorization and the audit trail. */
export type RequestContext = { actor: Actor; ip: string | null; requestId: string | null };
