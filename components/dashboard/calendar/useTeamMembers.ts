import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { fetchTeamMembers } from '@/lib/team/members-client';

/** The team's member ids for the slot owner (null without a team: the owner stays free text, nothing is asked). */
export function useTeamMembers(): string[] | null {
  const [members, setMembers] = useState<string[] | null>(null);
  useEffect(() => {
    let current = true;
    void fetchTeamMembers(browser.storage.local).then((list) => current && setMembers(list));
    return () => {
      current = false;
    };
  }, []);
  return members;
}
