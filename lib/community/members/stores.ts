import type { Member } from './member';

// The member book's store in the extension's database (lib/db/schema.ts owns its name, version and upgrade).
declare module '../../db/schema' {
  interface OnbrandDB {
    /** v3: keyed `<platform>:<handle>`. */
    members: {
      key: string;
      value: Member;
      indexes: { lastSeen: number };
    };
  }
}
