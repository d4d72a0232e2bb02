// Digests kept instead of the CCCD itself: the lookup log needs to match, not to read, numbers.
import { createHash } from 'node:crypto';
import { comparableName } from '../../domain/population/index.js';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export const idNumberHash = (idNumber: string) => sha256(`motcua:cccd:${idNumber}`);

/** CCCD + name as the population database returned it; compared with the owner at intake. */
export const identityHash = (idNumber: string, fullName: string) =>
  sha256(`motcua:identity:${idNumber}\n${comparableName(fullName)}`);
