import type { StoredMember } from './search-keys';

// The member book's store in the extension's database (lib/db/schema.ts owns its name, version and upgrade).
declare module '../../db/schema' {
  interface OnbrandDB {
    /** v3: keyed `<platform>:<handle>`. */
    members: {
      key: string;
      value: StoredMember;
      indexes: {
        lastSeen: number;
        /** v4: the Members tab pages, counts and filters through these instead of reading the whole book. */
        firstSeen: number;
        comments: number;
        repliesReceived: number;
        handle: string;
        platform_lastSeen: [string, number];
        platform_firstSeen: [string, number];
        /** v4, multi-entry: the search keys of the handle and display name (lib/search-keys.ts). */
        search: string;
        /** v4, multi-entry */
        tags: string;
      };
    };
  }
}
