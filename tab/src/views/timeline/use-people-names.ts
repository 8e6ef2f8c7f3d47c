/**
 * Names for the people timeline entries name by id only (the new owner of a recordAssigned or
 * recordTransferred entry): first who the page already knows — the record's owner, the entries' actors, who
 * connected the chats — then, only when someone is still unknown, the first page of the directory.
 */
import { useEffect, useState } from 'react';
import { searchUsers } from '../../api/endpoints';
import type { TimelineEntry } from '../../api/types';
import { useSession } from '../../app/session';

const DIRECTORY_PAGE = 50;

export interface Person {
  id: string;
  displayName: string;
}

export function usePeopleNames(items: readonly TimelineEntry[], known: readonly Person[]): ReadonlyMap<string, string> {
  const { api } = useSession();
  const [directory, setDirectory] = useState<ReadonlyMap<string, string> | null>(null);
  const names = new Map<string, string>();
  const add = (person: Person | null | undefined) => {
    if (person) names.set(person.id, person.displayName);
  };
  known.forEach(add);
  for (const entry of items) {
    add(entry.actor);
    add(entry.connected?.by);
  }
  const missing = items.some((entry) => {
    const ownerId = entry.kind === 'recordAssigned' || entry.kind === 'recordTransferred' ? entry.userIds[0] : undefined;
    return ownerId !== undefined && !names.has(ownerId);
  });

  useEffect(() => {
    if (!missing || directory !== null) return;
    let current = true;
    searchUsers(api, '', DIRECTORY_PAGE).then(
      (users) => current && setDirectory(new Map(users.map((user) => [user.id, user.displayName]))),
      () => current && setDirectory(new Map()),
    );
    return () => {
      current = false;
    };
  }, [api, missing, directory]);

  for (const [id, name] of directory ?? []) if (!names.has(id)) names.set(id, name);
  return names;
}
